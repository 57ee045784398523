package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.testing.TestInfrastructure;

/**
 * Two replicas' send limits on one database: two {@link SendRateLimiter} instances on the test JVM's MongoDB
 * stand-in, as the email relays of two notification-service processes hold them. No Spring context: the limiter
 * needs only its collection, and a whole service per replica would add nothing to what is proven.
 */
class SendRateReplicasIntegrationTests {

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void database() {
        client = MongoClients.create(TestInfrastructure.mongoConnectionString());
        mongo = new MongoTemplate(client, "send-rates-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aProvincesBurstAndRateHoldAcrossTwoReplicas() {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-01T00:00:00Z"));
        SendRateLimiter a = new SendRateLimiter(3, 60, clock, mongo);
        SendRateLimiter b = new SendRateLimiter(3, 60, clock, mongo);

        assertThat(a.tryAcquire("tien-giang")).isTrue();
        assertThat(b.tryAcquire("tien-giang")).isTrue();
        assertThat(a.tryAcquire("tien-giang")).isTrue();
        assertThat(b.tryAcquire("tien-giang"))
                .as("the burst of 3 is spent, on both")
                .isFalse();
        assertThat(a.tryAcquire("tien-giang")).isFalse();
        assertThat(b.tryAcquire("dong-thap")).as("another province's bucket").isTrue();

        clock.advance(Duration.ofMillis(999));
        assertThat(b.tryAcquire("tien-giang")).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(b.tryAcquire("tien-giang")).as("one a second").isTrue();
        assertThat(a.tryAcquire("tien-giang")).isFalse();

        clock.advance(Duration.ofHours(5));
        assertThat(List.of(
                        a.tryAcquire("tien-giang"),
                        b.tryAcquire("tien-giang"),
                        a.tryAcquire("tien-giang"),
                        b.tryAcquire("tien-giang")))
                .as("never more than the burst after a pause")
                .containsExactly(true, true, true, false);
    }

    @Test
    void aStackWhoseClockWentBackSendsAgainAtOnce() {
        // The end-to-end stories restart the stack on one database with clocks at different days of 2024.
        MutableClock clock = new MutableClock(Instant.parse("2024-08-08T00:00:00Z"));
        SendRateLimiter before = new SendRateLimiter(2, 60, clock, mongo);
        assertThat(List.of(
                        before.tryAcquire("tien-giang"),
                        before.tryAcquire("tien-giang"),
                        before.tryAcquire("tien-giang")))
                .containsExactly(true, true, false);

        clock.advance(Duration.ofDays(-13));
        SendRateLimiter a = new SendRateLimiter(2, 60, clock, mongo);
        SendRateLimiter b = new SendRateLimiter(2, 60, clock, mongo);

        assertThat(List.of(a.tryAcquire("tien-giang"), b.tryAcquire("tien-giang"), a.tryAcquire("tien-giang")))
                .as("a fresh burst, once across both replicas")
                .containsExactly(true, true, false);
    }

    @Test
    void twoRelaysSendingAtOnceShareOneBudget() throws InterruptedException {
        MutableClock clock = new MutableClock(Instant.parse("2024-08-01T00:00:00Z"));
        SendRateLimiter a = new SendRateLimiter(40, 1, clock, mongo);
        SendRateLimiter b = new SendRateLimiter(40, 1, clock, mongo);
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> relays = new ArrayList<>();
        for (SendRateLimiter limiter : List.of(a, b, a, b)) {
            relays.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 30; i++) {
                    if (limiter.tryAcquire("dong-thap")) {
                        sent.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        for (Thread relay : relays) {
            relay.join();
        }

        // 120 attempts on two replicas against a burst of 40 (and one more a minute, the clock standing still).
        assertThat(sent.get()).isEqualTo(40);
    }
}
