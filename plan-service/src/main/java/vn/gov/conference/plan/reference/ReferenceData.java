package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * One consistent state of the provinces, administrative units and governance indices (a snapshot of the store),
 * checked when built: versions of one code never overlap, every reference points at something that exists, a
 * province's unit lies within the province's validity. Every lookup of a unit or a province names the day it is read
 * at, because provinces merge and levels change.
 */
public final class ReferenceData {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/M/yyyy");

    private final List<Province> provinces;
    private final List<AdministrativeUnit> units;
    private final List<GovernanceIndex> indices;
    private final Map<String, List<Province>> provinceVersions;
    private final Map<String, List<AdministrativeUnit>> unitVersions;
    private final Map<String, List<AdministrativeUnit>> unitsByProvince;
    private final Map<String, GovernanceIndex> indexByName = new HashMap<>();

    /** @throws InconsistentReferenceException naming every rule the data breaks */
    public ReferenceData(List<Province> provinces, List<AdministrativeUnit> units, List<GovernanceIndex> indices) {
        this.provinces = List.copyOf(provinces);
        this.units = List.copyOf(units);
        this.indices = List.copyOf(indices);
        this.provinceVersions = byCode(this.provinces, Province::code, Province::validFrom);
        this.unitVersions = byCode(this.units, AdministrativeUnit::code, AdministrativeUnit::validFrom);
        this.unitsByProvince = this.units.stream()
                .filter(u -> u.province() != null)
                .collect(Collectors.groupingBy(AdministrativeUnit::province));
        List<ReferenceProblem> problems = new ArrayList<>();
        checkVersions(provinceVersions, "province", problems);
        checkVersions(unitVersions, "unit", problems);
        for (Province province : this.provinces) {
            if (province.successor() != null && !provinceVersions.containsKey(province.successor())) {
                problems.add(new ReferenceProblem(
                        "successor",
                        "unknown-successor",
                        "Province " + province.code() + " names an unknown successor " + province.successor() + "."));
            }
            province.predecessors().stream()
                    .filter(p -> !provinceVersions.containsKey(p))
                    .forEach(p -> problems.add(new ReferenceProblem(
                            "predecessors",
                            "unknown-predecessor",
                            "Province " + province.code() + " names an unknown predecessor " + p + ".")));
            if (province.name() == null || province.fullName() == null || province.unitPrefix() == null) {
                problems.add(new ReferenceProblem(
                        "name",
                        "required",
                        "Province " + province.code() + " needs a name, a full name and a unit prefix."));
            }
        }
        for (AdministrativeUnit unit : this.units) {
            checkUnit(unit, problems);
        }
        for (GovernanceIndex index : this.indices) {
            if (index.versions().isEmpty() || index.versions().stream().anyMatch(v -> v.leadKind() == null)) {
                problems.add(new ReferenceProblem(
                        "leadKind",
                        "required",
                        "Index " + index.code() + " names no lead department kind for some of its versions."));
            }
            List<String> names = new ArrayList<>(index.aliases());
            names.add(index.code());
            names.add(index.name());
            for (String name : names) {
                GovernanceIndex previous = indexByName.putIfAbsent(VietnameseText.fold(name), index);
                if (previous != null && previous != index) {
                    problems.add(new ReferenceProblem(
                            "aliases",
                            "duplicate-index-name",
                            "Index name " + name + " is used by " + previous.code() + " and " + index.code() + "."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InconsistentReferenceException(problems);
        }
    }

    private void checkUnit(AdministrativeUnit unit, List<ReferenceProblem> problems) {
        if (unit.code() == null || unit.name() == null || unit.level() == null || unit.kind() == null) {
            problems.add(new ReferenceProblem(
                    unit.name() == null ? "name" : unit.kind() == null ? "kind" : "level",
                    "required",
                    "Unit " + unit.code() + " needs a code, a name, a level and a kind."));
        }
        if (unit.province() == null) {
            if (unit.level() != AdministrativeLevel.CENTRAL) {
                problems.add(new ReferenceProblem(
                        "province", "required", "Unit " + unit.code() + " belongs to no province."));
            }
        } else if (!provinceVersions.containsKey(unit.province())) {
            problems.add(new ReferenceProblem(
                    "province",
                    "unknown-province",
                    "Unit " + unit.code() + " belongs to no known province (" + unit.province() + ")."));
        } else if (!withinProvince(unit)) {
            problems.add(new ReferenceProblem(
                    "validFrom",
                    "province-not-in-force",
                    "Unit " + unit.code()
                            + " (" + period(unit) + ") lies outside the validity of province " + unit.province() + " ("
                            + provinceVersions.get(unit.province()).stream()
                                    .map(ReferenceData::period)
                                    .collect(Collectors.joining(", "))
                            + ")."));
        }
        if (unit.successor() != null && !unitVersions.containsKey(unit.successor())) {
            problems.add(new ReferenceProblem(
                    "successor",
                    "unknown-successor",
                    "Unit " + unit.code() + " names an unknown successor " + unit.successor() + "."));
        }
    }

    /** Whether the province is in force on the unit's first and last day (its versions follow one another). */
    private boolean withinProvince(AdministrativeUnit unit) {
        List<Province> versions = provinceVersions.get(unit.province());
        boolean startCovered = unit.validFrom() == null
                ? versions.getFirst().validFrom() == null
                : versions.stream().anyMatch(p -> p.validOn(unit.validFrom()));
        boolean endCovered = unit.validTo() == null
                ? versions.getLast().validTo() == null
                : versions.stream().anyMatch(p -> p.validOn(unit.validTo()));
        return startCovered && endCovered;
    }

    private static <T> Map<String, List<T>> byCode(
            List<T> items, Function<T, String> code, Function<T, LocalDate> from) {
        Comparator<T> byStart = Comparator.comparing(from, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, List<T>> map = new HashMap<>();
        items.stream()
                .filter(i -> code.apply(i) != null)
                .sorted(byStart)
                .forEach(i -> map.computeIfAbsent(code.apply(i), c -> new ArrayList<>())
                        .add(i));
        return map;
    }

    private static <T extends Validity> void checkVersions(
            Map<String, List<T>> byCode, String what, List<ReferenceProblem> problems) {
        byCode.forEach((code, versions) -> {
            for (int i = 0; i < versions.size(); i++) {
                T version = versions.get(i);
                if (version.validFrom() != null
                        && version.validTo() != null
                        && version.validTo().isBefore(version.validFrom())) {
                    problems.add(new ReferenceProblem(
                            "validTo", "ends-before-start", what + " " + code + " ends before it starts."));
                }
                for (int j = i + 1; j < versions.size(); j++) {
                    if (version.overlaps(versions.get(j))) {
                        problems.add(new ReferenceProblem(
                                "validFrom",
                                "overlapping-validity",
                                what + " " + code
                                        + " has overlapping versions (" + period(version) + " and "
                                        + period(versions.get(j)) + ")."));
                    }
                }
            }
        });
    }

    static String period(Validity v) {
        return (v.validFrom() == null ? "…" : v.validFrom().toString()) + " – "
                + (v.validTo() == null ? "…" : v.validTo().toString());
    }

    /**
     * This data with every version of the given provinces and units replaced (an empty list removes a code).
     *
     * @throws InconsistentReferenceException when the result breaks a rule
     */
    public ReferenceData replacing(
            Map<String, List<Province>> provinceChanges, Map<String, List<AdministrativeUnit>> unitChanges) {
        List<Province> newProvinces = Stream.concat(
                        provinces.stream().filter(p -> !provinceChanges.containsKey(p.code())),
                        provinceChanges.values().stream().flatMap(Collection::stream))
                .toList();
        List<AdministrativeUnit> newUnits = Stream.concat(
                        units.stream().filter(u -> !unitChanges.containsKey(u.code())),
                        unitChanges.values().stream().flatMap(Collection::stream))
                .toList();
        return new ReferenceData(newProvinces, newUnits, indices);
    }

    public List<Province> provinces() {
        return provinces;
    }

    public List<Province> provincesOn(LocalDate day) {
        return provinces.stream()
                .filter(p -> p.validOn(day))
                .sorted(Comparator.comparing(Province::code))
                .toList();
    }

    public Optional<Province> province(String code, LocalDate day) {
        return provinceVersions(code).stream().filter(p -> p.validOn(day)).findFirst();
    }

    /** Every version of a province, oldest first. */
    public List<Province> provinceVersions(String code) {
        return provinceVersions.getOrDefault(code, List.of());
    }

    public boolean knowsProvince(String code) {
        return provinceVersions.containsKey(code);
    }

    /**
     * The provinces whose history {@code code} carries on: itself and, through every version, its predecessors and
     * theirs (a merged Đồng Tháp: dong-thap, tien-giang).
     */
    public Set<String> lineage(String code) {
        return lineage(code, null);
    }

    /**
     * The province and those it absorbed up to {@code on} (null: ever): before a merger takes effect the absorbing
     * province's lineage is only itself.
     */
    public Set<String> lineage(String code, LocalDate on) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (found.add(next)) {
                provinceVersions(next).stream()
                        .filter(p -> on == null
                                || p.validFrom() == null
                                || !p.validFrom().isAfter(on))
                        .forEach(p -> pending.addAll(p.predecessors()));
            }
        }
        return found;
    }

    public List<AdministrativeUnit> units() {
        return units;
    }

    /** The units of a province (null: every province and the central level) valid on {@code day} (null: ever). */
    public List<AdministrativeUnit> units(String province, LocalDate day) {
        Collection<AdministrativeUnit> candidates =
                province == null ? units : unitsByProvince.getOrDefault(province, List.of());
        return candidates.stream()
                .filter(u -> day == null || u.validOn(day))
                .sorted(Comparator.comparing(AdministrativeUnit::code)
                        .thenComparing(AdministrativeUnit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public Optional<AdministrativeUnit> unit(String code, LocalDate day) {
        return unitVersions(code).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /** Every version of one unit, oldest first. */
    public List<AdministrativeUnit> unitVersions(String code) {
        return unitVersions.getOrDefault(code, List.of());
    }

    /** The (non-collective) unit of {@code kind} in the province on {@code day}, when there is exactly one. */
    public Optional<AdministrativeUnit> unitOfKind(String province, UnitKind kind, LocalDate day) {
        List<AdministrativeUnit> matches = units(province, day).stream()
                .filter(u -> u.kind() == kind && !u.collective())
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    public List<GovernanceIndex> indices() {
        return indices;
    }

    /** An index by its code, its name or an alias, ignoring case and diacritics ("chi so papi" finds PAPI). */
    public Optional<GovernanceIndex> index(String codeOrAlias) {
        return Optional.ofNullable(indexByName.get(VietnameseText.fold(codeOrAlias)));
    }

    /** The department leading {@code index} in the province on {@code day}: the province's unit of that day's kind. */
    public Optional<AdministrativeUnit> lead(String index, String province, LocalDate day) {
        return index(index).flatMap(i -> i.on(day)).flatMap(v -> unitOfKind(province, v.leadKind(), day));
    }

    /**
     * Whether a plan of {@code province} dated {@code day} may name unit {@code code}: it must exist, be valid on
     * that day and belong to the province or to the central level. A null day checks existence and province only.
     * A unit that ended is refused naming what took it over, and what that is on the plan's day.
     */
    public UnitCheck check(String code, String province, LocalDate day) {
        List<AdministrativeUnit> versions = unitVersions(code);
        if (versions.isEmpty()) {
            return UnitCheck.refused("unknown-unit", "No unit " + code + " in the reference data.");
        }
        Optional<AdministrativeUnit> valid = day == null
                ? Optional.of(versions.getLast())
                : versions.stream().filter(u -> u.validOn(day)).findFirst();
        if (valid.isEmpty()) {
            AdministrativeUnit last = versions.getLast();
            if (last.validTo() != null && day.isAfter(last.validTo()) && last.successor() != null) {
                return UnitCheck.refused("unit-dissolved", dissolved(last, day));
            }
            return UnitCheck.refused(
                    "unit-not-valid",
                    "Unit " + code + " did not exist on " + day + " (valid "
                            + versions.stream().map(ReferenceData::period).collect(Collectors.joining(", ")) + ").");
        }
        AdministrativeUnit unit = valid.get();
        if (unit.province() != null && !Objects.equals(unit.province(), province)) {
            return UnitCheck.refused(
                    "unit-of-another-province",
                    "Unit " + code + " belongs to " + unit.province() + ", not to " + province + ".");
        }
        return new UnitCheck(unit, null, null);
    }

    /** "TG-SKHDT (Sở Kế hoạch và Đầu tư) đã sáp nhập vào TG-STC (Sở Tài chính tỉnh Tiền Giang) từ 01/3/2025 …" */
    private String dissolved(AdministrativeUnit ended, LocalDate day) {
        AdministrativeUnit successor = unit(ended.successor(), ended.validTo().plusDays(1))
                .orElse(unitVersions(ended.successor()).getLast());
        StringBuilder message = new StringBuilder("Unit ")
                .append(ended.code())
                .append(" (")
                .append(ended.name())
                .append(") đã sáp nhập vào ")
                .append(successor.code())
                .append(" (")
                .append(successor.name())
                .append(") từ ")
                .append(ended.validTo().plusDays(1).format(VIETNAMESE_DATE))
                .append('.');
        Optional<AdministrativeUnit> current = successorOn(successor, day);
        if (current.isPresent() && !current.get().code().equals(successor.code())) {
            message.append(" On ")
                    .append(day)
                    .append(" that is ")
                    .append(current.get().code())
                    .append(" (")
                    .append(current.get().name())
                    .append(").");
        }
        return message.toString();
    }

    /** Follows successors from {@code unit} to the one valid on {@code day}, if the chain reaches it. */
    private Optional<AdministrativeUnit> successorOn(AdministrativeUnit unit, LocalDate day) {
        AdministrativeUnit at = unit;
        for (int hops = 0; hops < 10 && at != null; hops++) {
            Optional<AdministrativeUnit> valid = unit(at.code(), day);
            if (valid.isPresent()) {
                return valid;
            }
            List<AdministrativeUnit> versions = unitVersions(at.code());
            String next = versions.isEmpty() ? null : versions.getLast().successor();
            at = next == null
                    ? null
                    : unitVersions(next).stream().reduce((first, last) -> last).orElse(null);
        }
        return Optional.empty();
    }

    /** The outcome of {@link #check}: the unit, or the rule it breaks and why. */
    public record UnitCheck(AdministrativeUnit unit, String rule, String message) {

        static UnitCheck refused(String rule, String message) {
            return new UnitCheck(null, rule, message);
        }

        public boolean ok() {
            return unit != null;
        }
    }
}
