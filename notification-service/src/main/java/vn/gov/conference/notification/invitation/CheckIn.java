package vn.gov.conference.notification.invitation;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** How a delegate attended, as recorded on the day. {@code reason} is required for an absence. */
public record CheckIn(
        Presence presence,
        @Nullable String bridgePointCode,
        @Nullable String reason,
        OffsetDateTime at,
        @Nullable Channel channel) {

    public enum Presence {
        IN_PERSON,
        ONLINE,
        ABSENT
    }

    /**
     * At the venue by the office (scanning the QR code or typing the code), by the delegate's signed link, or at the
     * reception desk through the link the office signed for that day (which may do what the office does).
     */
    public enum Channel {
        OFFICE,
        LINK,
        DESK
    }

    public boolean present() {
        return presence != Presence.ABSENT;
    }
}
