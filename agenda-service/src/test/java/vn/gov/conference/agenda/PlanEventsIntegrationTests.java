package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.plan.PlanEvents.PlanDrafted;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** How plan-service's events reach the agenda: drafts, late or stale events, and messages nobody can read. */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlanEventsIntegrationTests {

    private static final String DEAD_LETTERS = "error.conference.plan.v1.agenda-service";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aDraftedPlansAgendaIsWrittenBeforeApprovalButPublishedOnlyAfter() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String path = "/api/plans/" + plan.planId() + "/agenda";
        String office = TestTokens.office("dong-thap");
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_DRAFTED.type(),
                plan.planId(),
                "dong-thap",
                new PlanDrafted(plan.planId(), plan.title(), "dong-thap"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().get(path, office).status() == 200);

        assertThat(api().put(path, office, AgendaPublicationIntegrationTests.dongThapBody())
                        .status())
                .isEqualTo(200);
        assertThat(api().get(path + "/timeline", office).json().get("anchored").asBoolean())
                .isFalse();
        Response early = api().post(path + "/publish", office, "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("plan-not-approved");

        Plans.approve(plan);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api().post(path + "/publish", office, "").status() == 200);
        assertThat(api().get(path + "/timeline", office)
                        .json()
                        .get("sessionStart")
                        .asString())
                .isEqualTo("08:00");
    }

    @Test
    void aStaleApprovalDoesNotBringACancelledPlanBack() {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String path = "/api/plans/" + plan.planId() + "/agenda";
        String office = TestTokens.office("dong-thap");
        Plans.approveAndAwait(api(), plan);
        Plans.cancel(plan, 9);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        api().get(path, office).json().get("status").asString().equals("WITHDRAWN"));

        String staleApproval = Plans.approve(plan);
        String staleSchedule = Plans.schedule(plan, 2, Plans.DONG_THAP_START.plusDays(1), null);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(staleApproval) && processed(staleSchedule));
        Response read = api().get(path, office);
        assertThat(read.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(read.json().at("/plan/start").asString()).isEqualTo("2021-07-07T08:00:00+07:00");
    }

    @Test
    void anUnreadablePlanEventIsDeadLetteredAndTheNextOneStillArrives() {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        try (EventRecorder deadLetters = EventRecorder.listen(DEAD_LETTERS)) {
            TestEvents.publish(Topics.PLAN, EventCatalog.PLAN_APPROVED.type(), plan.planId(), "dong-thap", "[1, 2]");

            Plans.approveAndAwait(api(), plan);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> deadLetters.all().stream()
                            .anyMatch(event -> plan.planId().equals(event.key())));
        }
    }

    private boolean processed(String eventId) {
        return mongo.getCollection("processed_events")
                        .countDocuments(Filters.eq("_id", "agenda-service|urn:conference:test|" + eventId))
                == 1;
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
