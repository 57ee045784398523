package vn.gov.conference.web.console.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A plan's agenda as agenda-service answers {@code GET /api/plans/{id}/agenda}: where it stands (DRAFT, PUBLISHED,
 * WITHDRAWN; the revision delegates last received), the plan it belongs to, and its content in the shape
 * {@code PUT} takes back, with the ETag the next write sends as {@code If-Match}.
 */
public record AgendaDocument(
        String planId,
        String province,
        String status,
        int revision,
        OffsetDateTime revisedAt,
        Plan plan,
        String startsAt,
        String plannedEnd,
        String note,
        List<Item> items,
        String etag) {

    public AgendaDocument {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Plan(
            String title, String documentNumber, String status, OffsetDateTime start, String time, String venue) {}

    /** One row as the API writes it: a clock range ({@code from}, {@code to}), {@code minutes}, or neither. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String id,
            String kind,
            Boolean numbered,
            String content,
            String note,
            List<Presenter> presenters,
            String from,
            String to,
            Integer minutes,
            Integer minutesEach,
            List<Contribution> contributions) {

        public boolean isNumbered() {
            return numbered == null || numbered;
        }

        public List<Presenter> presenterList() {
            return presenters == null ? List.of() : presenters;
        }

        public List<Contribution> contributionList() {
            return contributions == null ? List.of() : contributions;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Presenter(String unit, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contribution(String id, String content, String note, List<Presenter> presenters) {}

    /** What {@code PUT /api/plans/{id}/agenda} takes: the whole agenda, replacing the one read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Content(String startsAt, String plannedEnd, String note, List<Item> items) {}

    public AgendaDocument withEtag(String etag) {
        return new AgendaDocument(
                planId, province, status, revision, revisedAt, plan, startsAt, plannedEnd, note, items, etag);
    }

    public Content content() {
        return new Content(startsAt, plannedEnd, note, items);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }

    public int indexOf(String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).id(), itemId)) {
                return i;
            }
        }
        return -1;
    }

    public String statusName() {
        return switch (status == null ? "" : status) {
            case "PUBLISHED" -> "Đã công bố (lần " + revision + ")";
            case "WITHDRAWN" -> "Đã rút (kế hoạch bị hủy)";
            default -> "Dự thảo, chưa công bố";
        };
    }
}
