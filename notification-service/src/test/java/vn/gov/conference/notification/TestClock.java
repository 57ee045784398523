package vn.gov.conference.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * Real time plus an offset that tests move forward to pass a deadline or reach the conference day. Time keeps
 * flowing (the email relay and the awaits need it) and never goes back, so what one test scheduled stays consistent.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public synchronized void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public OffsetDateTime now() {
        return VietnamTime.at(instant());
    }

    @Override
    public ZoneId getZone() {
        return VietnamTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
