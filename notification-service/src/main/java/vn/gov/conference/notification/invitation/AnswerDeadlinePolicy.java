package vn.gov.conference.notification.invitation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.gov.conference.notification.conference.ConferenceDetails;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * When answers are due: {@code lead} before the conference starts, so the office can seat and badge the delegates.
 * While the time is tentative the deadline is {@code lead} before the end of the window; scheduling moves it.
 */
public record AnswerDeadlinePolicy(Duration lead) {

    public AnswerDeadlinePolicy {
        Objects.requireNonNull(lead, "lead");
        if (lead.isNegative()) {
            throw new IllegalArgumentException("The answer lead must not be negative.");
        }
    }

    /** The deadline for this conference, or null when the plan gives no time at all. */
    public OffsetDateTime deadlineFor(ConferenceDetails details) {
        if (details.exact()) {
            return details.start().minus(lead);
        }
        if (details.windowEnd() != null) {
            return details.windowEnd()
                    .plusDays(1)
                    .atStartOfDay(VietnameseDates.ZONE)
                    .toOffsetDateTime()
                    .minus(lead);
        }
        return null;
    }
}
