package vn.gov.conference.platform.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a scheduled sweep on one replica per period instead of on each: every replica's {@code @Scheduled} method
 * calls {@link #runOnce}, and only the one that takes the sweep's lease runs it. The lease is kept until just before
 * the holder's next turn, so every turn in between, on any replica, finds it held and skips; then the first turn to
 * come takes it, so when a replica dies another one goes on within a period.
 * <p>
 * This saves the duplicated work and the optimistic-lock races of several replicas sweeping at once. The effects a
 * sweep causes must still be idempotent per cause (a flag in the aggregate, a deterministic id): a sweep that outlives
 * its lease, or a replica whose clock runs ahead, may still overlap with another.
 */
public class SweepLock {

    private static final Logger log = LoggerFactory.getLogger(SweepLock.class);
    static final String COLLECTION = "sweep_leases";

    private final Leases leases;
    private final MeterRegistry meters;

    public SweepLock(Leases leases, MeterRegistry meters) {
        this.leases = leases;
        this.meters = meters;
    }

    /**
     * Runs {@code sweep} if no other replica ran it within its period {@code every} (its scheduling interval).
     * Returns whether it ran here.
     */
    public boolean runOnce(String name, Duration every, Runnable sweep) {
        Instant start = Instant.now();
        // Held for at least a period while it runs; a longer run may overlap with the next holder's.
        if (!leases.tryAcquire(name, every.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : every)) {
            meters.counter("conference.sweep.skipped", "sweep", name).increment();
            log.debug("Sweep {} skipped: it ran within its period", name);
            return false;
        }
        try {
            sweep.run();
            meters.counter("conference.sweep.runs", "sweep", name).increment();
            return true;
        } finally {
            // Until just before this replica's next turn (a tenth of the period early, at most 5 s): the turns
            // meanwhile skip, and this one's next turn finds the lease expired.
            Duration early = every.dividedBy(10).compareTo(Duration.ofSeconds(5)) > 0
                    ? Duration.ofSeconds(5)
                    : every.dividedBy(10);
            leases.holdUntil(name, start.plus(every).minus(early));
        }
    }

    public Leases leases() {
        return leases;
    }
}
