package vn.gov.conference.notification.invitation;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * An invitation's id. Ids are derived from what the invitation stands for (the plan and the composition line, or
 * the invitation a substitute replaces), so that replaying the event or request that created it finds the same
 * invitation instead of creating a second one.
 */
public record InvitationId(String value) {

    public InvitationId {
        Objects.requireNonNull(value, "value");
    }

    public static InvitationId derived(String planId, String key) {
        return new InvitationId("inv-" + UUID.nameUUIDFromBytes((planId + "|" + key).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
