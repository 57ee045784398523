package vn.gov.conference.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The one time zone of the domain: conferences, deadlines and renderings are in Asia/Ho_Chi_Minh, at the gateway, in
 * the services and on the pages alike ({@link VietnameseDates} writes them).
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}

    public static OffsetDateTime at(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime now(Clock clock) {
        return at(clock.instant());
    }
}
