package vn.gov.conference.documents.request;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.documents.testing.MaterialsApi.request;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.documents.audit.AuditLog;
import vn.gov.conference.documents.content.ContentProperties;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.platform.cluster.Leases;
import vn.gov.conference.platform.cluster.SweepLock;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * Two replicas of documents-service's sweeps: two {@link MaterialSweeps} instances, each with its own request service
 * and its own sweep-lock owner, on the service's database, its relay and broker, run at the same moments from two
 * threads as two processes' schedulers would. Instances rather than two whole contexts: the sweep shares nothing
 * with its process beyond the database (and the relay, itself proven on two replicas in the platform), and two
 * whole services would double the test's cost for nothing more.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class SweepReplicasIntegrationTests {

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    MaterialRequests requests;

    @Autowired
    ContentStore store;

    @Autowired
    ContentProperties content;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.MATERIAL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    private MaterialSweeps replica(String owner, MeterRegistry meters) {
        return new MaterialSweeps(
                new MaterialRequestService(requests, store, audit, clock),
                store,
                content,
                clock,
                new SweepLock(new Leases(mongo, "sweep_leases", owner), meters),
                Duration.ofMinutes(1),
                Duration.ofMinutes(15));
    }

    @Test
    void theOverdueSweepRunsOnOneReplicaAndRaisesTheEventOnce() throws InterruptedException {
        List<JsonNode> opened = new MaterialsApi(port).approve(Plans.tienGiang(7), 6);
        String report = request(opened, Plans.TTT_REPORT).get("id").asString();
        SimpleMeterRegistry metersA = new SimpleMeterRegistry();
        SimpleMeterRegistry metersB = new SimpleMeterRegistry();
        MaterialSweeps a = replica("replica-a", metersA);
        MaterialSweeps b = replica("replica-b", metersB);

        // Both replicas' schedulers fire together, three times each.
        CountDownLatch start = new CountDownLatch(1);
        Thread first = Thread.ofPlatform().start(() -> tick(start, a));
        Thread second = Thread.ofPlatform().start(() -> tick(start, b));
        start.countDown();
        first.join();
        second.join();

        double runsA = metersA.counter("conference.sweep.runs", "sweep", "documents.deadlines")
                .count();
        double runsB = metersB.counter("conference.sweep.runs", "sweep", "documents.deadlines")
                .count();
        // Once in the period (a minute here), whichever replica's turn came first; every other turn skipped.
        assertThat(List.of(runsA, runsB)).as("runs of replica a and b").containsExactlyInAnyOrder(0.0, 1.0);
        double skipped = metersA.counter("conference.sweep.skipped", "sweep", "documents.deadlines")
                        .count()
                + metersB.counter("conference.sweep.skipped", "sweep", "documents.deadlines")
                        .count();
        assertThat(skipped).isEqualTo(5.0);

        events.await(EventCatalog.MATERIAL_OVERDUE.type(), e -> report.equals(e.subject()));
        assertThat(events.during(
                        Duration.ofMillis(800), EventCatalog.MATERIAL_OVERDUE.type(), e -> report.equals(e.subject())))
                .hasSize(1);
    }

    private static void tick(CountDownLatch start, MaterialSweeps sweeps) {
        try {
            start.await();
            for (int i = 0; i < 3; i++) {
                sweeps.deadlinesAndChains();
                Thread.sleep(50);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
