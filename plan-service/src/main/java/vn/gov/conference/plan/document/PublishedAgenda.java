package vn.gov.conference.plan.document;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * plan-service's copy of a plan's published agenda, kept from agenda-service's events (it owns the agenda; no
 * service reads another's database): what the plan's annex "Chương trình hội nghị" prints. Only a later revision
 * replaces the copy, so a redelivered or late older event changes nothing.
 */
@Document("published-agendas")
public record PublishedAgenda(
        @Id String planId, int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd, List<Line> lines) {

    public PublishedAgenda {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One item: its number ("1", "5"), what it is, who presents it, and its time (null or empty when untimed). */
    public record Line(String number, String title, List<String> presenters, OffsetDateTime start, OffsetDateTime end) {

        public Line {
            presenters = presenters == null ? List.of() : List.copyOf(presenters);
        }

        boolean timed() {
            return start != null && end != null && end.isAfter(start);
        }
    }
}
