package vn.gov.conference.web.console;

import java.util.List;

/**
 * The reference data a plan's form chooses from, as {@code /api/reference/…} answers: the units in force on the plan's
 * day (its province's and the central ones) and the governance indices.
 */
public final class Reference {

    private Reference() {}

    /** A unit ({@code GET /api/reference/units}): {@code province} is null for a central unit. */
    public record Unit(String code, String name, String province, String level, String kind, boolean collective) {

        /** How a list shows it: the name, then the code a plan stores. */
        public String label() {
            return name + " (" + code + ")";
        }
    }

    public record UnitPage(List<Unit> items, int page, int size, long total) {}

    /** An index ({@code GET /api/reference/indices}). */
    public record Index(String code, String name, String fullName) {

        public String label() {
            return fullName != null && !fullName.isBlank() && !fullName.equals(name) ? name + " — " + fullName : name;
        }
    }
}
