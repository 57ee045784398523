package vn.gov.conference.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.platform.cluster.Leases;
import vn.gov.conference.platform.cluster.SweepLock;
import vn.gov.conference.testing.IntegrationTest;

/**
 * Two replicas' sweep locks on one database: two {@link SweepLock} instances with their own owners, ticking on their
 * own threads as two processes' schedulers would, far more often than the sweep's period.
 */
@IntegrationTest
class SweepLockIntegrationTests {

    private static final Duration EVERY = Duration.ofMillis(600);

    @Autowired
    MongoTemplate mongo;

    private SweepLock replica(String owner) {
        return new SweepLock(new Leases(mongo, "sweep_leases", owner), new SimpleMeterRegistry());
    }

    /** Ticks every 20 ms until {@code until}, or until {@code alive} turns false. */
    private static Thread ticking(
            SweepLock lock,
            String name,
            String sweep,
            Instant until,
            AtomicBoolean alive,
            List<String> runs,
            AtomicInteger concurrent,
            AtomicInteger maxConcurrent) {
        return Thread.ofPlatform().start(() -> {
            while (Instant.now().isBefore(until) && alive.get()) {
                lock.runOnce(sweep, EVERY, () -> {
                    maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
                    runs.add(name);
                    sleep(30);
                    concurrent.decrementAndGet();
                });
                sleep(20);
            }
        });
    }

    @Test
    void aSweepRunsOncePerPeriodAcrossTwoReplicas() throws InterruptedException {
        List<String> runs = new CopyOnWriteArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        Instant until = Instant.now().plusSeconds(3);
        AtomicBoolean alive = new AtomicBoolean(true);
        Thread a = ticking(replica("replica-a"), "a", "reminders", until, alive, runs, concurrent, maxConcurrent);
        Thread b = ticking(replica("replica-b"), "b", "reminders", until, alive, runs, concurrent, maxConcurrent);
        a.join();
        b.join();

        // 3 s of ticks every 20 ms on each replica: about 100 each without the lock; with it one run per period.
        assertThat(runs).hasSizeBetween(4, 7);
        assertThat(maxConcurrent.get()).as("never two at once").isEqualTo(1);
    }

    @Test
    void anotherReplicaTakesTheSweepOverWhenItsHolderStops() throws InterruptedException {
        List<String> runs = new CopyOnWriteArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        SweepLock first = replica("first");
        assertThat(first.runOnce("deadlines", EVERY, () -> runs.add("first"))).isTrue();

        Instant until = Instant.now().plusSeconds(3);
        AtomicBoolean alive = new AtomicBoolean(true);
        ticking(replica("second"), "second", "deadlines", until, alive, runs, concurrent, maxConcurrent)
                .join();

        assertThat(runs.getFirst()).isEqualTo("first");
        assertThat(runs).contains("second");
        // Free from 0.54 s on, then once per period: within the 3 s, four or five turns.
        assertThat(runs.stream().filter("second"::equals).count()).isBetween(4L, 6L);
        assertThat(first.leases().holder("deadlines")).isIn("second", null);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
