package vn.gov.conference.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.testing.TestInfrastructure;

/**
 * The local reserve of {@link SharedRateLimiter} on the real MongoDB stand-in: a busy caller costs a database call per
 * batch, not per request; the limit still holds across two replicas taking batches at once; and a small limit keeps
 * the one-call-per-request behaviour. Every command sent to the database is counted.
 */
class RateLimitReserveTests {

    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private static MongoClient client;

    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        String connection = TestInfrastructure.mongoConnectionString();
        String base = connection.endsWith("/") ? connection : connection + "/";
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(base + "gateway-reserve-test"))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        COMMANDS.incrementAndGet();
                    }
                })
                .build());
        mongo = new MongoTemplate(client, "gateway-reserve-test");
        mongo.getCollection(SharedRateLimiter.COLLECTION).deleteMany(new Document());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void aBusyCallerCostsADatabaseCallPerBatchNotPerRequest() {
        SharedRateLimiter limiter = new SharedRateLimiter(mongo);
        int capacity = 600_000; // a reserve of up to 100
        limiter.acquire("client:busy-warm", capacity, Duration.ofMinutes(1));
        int before = COMMANDS.get();
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("client:busy", capacity, Duration.ofMinutes(1))
                            .allowed())
                    .isTrue();
        }
        int commands = COMMANDS.get() - before;

        // 1, 2, 4 … 64, then 100 at a time: about 17 batches (a few more if the machine stalls past a reserve's
        // lifetime), one write each, since this caller's bucket is full each time; one call per request would be 1000.
        assertThat(commands).as("database commands for 1000 requests").isBetween(10, 100);
    }

    @Test
    void theLimitHoldsAcrossTwoReplicasTakingBatches() throws InterruptedException {
        SharedRateLimiter a = new SharedRateLimiter(mongo);
        SharedRateLimiter b = new SharedRateLimiter(mongo);
        int capacity = 1000; // per hour: reserves of up to 20, a refill every 3.6 s
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        long started = System.nanoTime();
        for (SharedRateLimiter replica : List.of(a, b, a, b)) {
            callers.add(Thread.ofPlatform().start(() -> {
                await(start);
                for (int i = 0; i < 400; i++) {
                    if (replica.acquire("client:two-replicas", capacity, Duration.ofHours(1))
                            .allowed()) {
                        allowed.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        // What the replicas still hold in their reserves is theirs to hand out: used up here, then both refuse.
        for (SharedRateLimiter replica : List.of(a, b)) {
            for (int i = 0;
                    i <= SharedRateLimiter.maxReserve(capacity)
                            && replica.acquire("client:two-replicas", capacity, Duration.ofHours(1))
                                    .allowed();
                    i++) {
                allowed.incrementAndGet();
            }
            assertThat(replica.acquire("client:two-replicas", capacity, Duration.ofHours(1))
                            .allowed())
                    .isFalse();
        }
        long refilled = (System.nanoTime() - started) / Duration.ofMillis(3600).toNanos() + 1;

        assertThat(allowed.get())
                .as("never more than the budget (plus what refilled during the test)")
                .isLessThanOrEqualTo(capacity + (int) refilled);
        // A reserve that expires unused (a caller stalled past its lifetime on a loaded machine) is lost: a few
        // allowed.
        assertThat(allowed.get())
                .as("the budget is used, less a few reserves that expired unused")
                .isGreaterThanOrEqualTo(capacity - 4 * SharedRateLimiter.maxReserve(capacity));
    }

    @Test
    void aSmallLimitIsCountedRequestByRequest() {
        assertThat(SharedRateLimiter.maxReserve(5)).isEqualTo(1);
        assertThat(SharedRateLimiter.maxReserve(99)).isEqualTo(1);
        assertThat(SharedRateLimiter.maxReserve(600)).isEqualTo(12);
        assertThat(SharedRateLimiter.maxReserve(100_000_000)).isEqualTo(100);
        SharedRateLimiter a = new SharedRateLimiter(mongo);
        SharedRateLimiter b = new SharedRateLimiter(mongo);
        for (int i = 0; i < 3; i++) {
            assertThat(a.acquire("client:small", 5, Duration.ofMinutes(1)).allowed())
                    .isTrue();
        }
        assertThat(b.acquire("client:small", 5, Duration.ofMinutes(1)).allowed())
                .isTrue();
        assertThat(b.acquire("client:small", 5, Duration.ofMinutes(1)).allowed())
                .isTrue();
        assertThat(a.acquire("client:small", 5, Duration.ofMinutes(1)).allowed())
                .as("5 a minute, all taken, 2 of them on the other replica")
                .isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
