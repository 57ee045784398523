package vn.gov.conference.documents.request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * What the plan asks for: {@code owner} delivers a {@code kind} titled {@code title} to {@code recipient} before
 * {@code deadline}, the first late instant (null when the plan gives no date: never late). {@code nextAssignmentId}
 * names the chain's next step, if any.
 */
public record Terms(
        MaterialKind kind, String title, UnitRef owner, UnitRef recipient, Instant deadline, String nextAssignmentId) {

    /**
     * In the form the request is stored in (title in NFC, deadline to the millisecond as MongoDB keeps it), so that
     * the same plan read again compares equal to what was saved.
     */
    public Terms {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        title = VietnameseText.singleLine("title", title);
        deadline = deadline == null ? null : deadline.truncatedTo(ChronoUnit.MILLIS);
    }
}
