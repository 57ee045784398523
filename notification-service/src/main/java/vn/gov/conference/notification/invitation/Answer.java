package vn.gov.conference.notification.invitation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A final answer to an invitation. {@code reason} is given when declining (and may be when substituting);
 * {@code substituteInvitationId} names the substitute's own invitation; {@code delegateInvitationIds} the
 * personal invitations of the delegates a unit named for its seats.
 */
public record Answer(
        Type type,
        @Nullable String reason,
        @Nullable String substituteInvitationId,
        List<String> delegateInvitationIds,
        OffsetDateTime answeredAt,
        @Nullable Channel channel) {

    public enum Type {
        ACCEPTED,
        DECLINED,
        SUBSTITUTED,
        DELEGATES_NAMED
    }

    /** Through the delegate's signed link, or recorded by the office (an answer given by phone). */
    public enum Channel {
        LINK,
        OFFICE
    }

    public Answer {
        delegateInvitationIds = delegateInvitationIds == null ? List.of() : List.copyOf(delegateInvitationIds);
    }
}
