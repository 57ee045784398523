package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.links.DelegateLinks;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/** Departments reminded around their material deadlines, delegates told when the materials are published. */
@ExtendWith(DocumentedAnswers.class)
class MaterialRemindersIntegrationTests extends NotificationIntegrationTest {

    @Autowired
    SignedLinks signedLinks;

    private static final String SKHDT = "skhdt@tiengiang.conference.example";

    static MaterialRequested request(String planId, String requestId, OffsetDateTime deadline) {
        return new MaterialRequested(
                planId,
                requestId,
                "a-pci",
                Fixtures.unit("TG-SKHDT", "Sở Kế hoạch và Đầu tư"),
                Fixtures.unit("TG-SNV", "Sở Nội vụ"),
                "DRAFT_SPEECH",
                "Dự thảo nội dung phát biểu chỉ đạo về PCI",
                deadline,
                null);
    }

    @Test
    void remindsTheDepartmentBeforeItsDeadlineAndTellsItWhenOverdue() throws Exception {
        String planId = newPlanId();
        String requestId = "req-" + planId;
        OffsetDateTime deadline = CLOCK.now().plusDays(3);
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                planId,
                TG,
                request(planId, requestId, deadline));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                                .json()
                                .get("items")
                                .size()
                        == 1);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");
        assertThat(MailSink.of(planId)).isEmpty();

        CLOCK.advance(Duration.ofDays(1).plusMinutes(1));

        MimeMessage reminder = MailSink.awaitOne(planId, "DEADLINE_REMINDER", SKHDT);
        assertThat(reminder.getSubject()).isEqualTo("Nhắc hạn gửi tài liệu: Dự thảo nội dung phát biểu chỉ đạo về PCI");
        assertThat(text(reminder, "text/plain"))
                .contains("Kính gửi: Sở Kế hoạch và Đầu tư")
                .contains("đến Sở Nội vụ")
                .containsPattern("Nộp tài liệu:\\s+https?://[^/\\s]+/console/nhiem-vu/" + requestId);

        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_OVERDUE.type(),
                planId,
                TG,
                new MaterialOverdue(
                        planId,
                        requestId,
                        Fixtures.unit("TG-SKHDT", "Sở Kế hoạch và Đầu tư"),
                        Fixtures.unit("TG-SNV", "Sở Nội vụ"),
                        deadline));
        MimeMessage overdue = MailSink.awaitOne(planId, "OVERDUE_NOTICE", SKHDT);
        assertThat(overdue.getSubject()).isEqualTo("Quá hạn gửi tài liệu: Dự thảo nội dung phát biểu chỉ đạo về PCI");
        assertThat(text(overdue, "text/plain")).contains("khẩn trương").contains("/console/nhiem-vu/" + requestId);
    }

    @Test
    void withdrawsTheReminderWhenTheMaterialArrivesInTime() {
        String planId = newPlanId();
        String requestId = "req-" + planId;
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_REQUESTED.type(),
                planId,
                TG,
                request(planId, requestId, CLOCK.now().plusDays(3)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                                .json()
                                .get("items")
                                .size()
                        == 1);

        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIAL_SUBMITTED.type(),
                planId,
                TG,
                new MaterialSubmitted(
                        planId,
                        requestId,
                        Fixtures.unit("TG-SKHDT", "Sở Kế hoạch và Đầu tư"),
                        Fixtures.unit("TG-SNV", "Sở Nội vụ"),
                        "doc-1",
                        1,
                        "Dự thảo phát biểu PCI.docx",
                        20_480,
                        "ab".repeat(32),
                        false,
                        CLOCK.now()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "CANCELLED"
                        .equals(api.get("/api/emails?planId=" + planId, TestTokens.office(TG))
                                .json()
                                .get("items")
                                .get(0)
                                .get("status")
                                .asString()));

        CLOCK.advance(Duration.ofDays(1).plusMinutes(1));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> MailSink.of(planId).isEmpty());
    }

    @Test
    void tellsTheDelegatesWhenTheMaterialsArePublishedAndOnlyAboutNewOnes() throws Exception {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        MailSink.awaitCount(planId, "INVITATION", 5);

        String eventId = TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIALS_PUBLISHED.type(),
                planId,
                DT,
                new MaterialsPublished(
                        planId, List.of("doc-1", "doc-2"), "/api/plans/" + planId + "/portal", CLOCK.now()));

        List<MimeMessage> told = MailSink.awaitCount(planId, "MATERIALS_PUBLISHED", 5);
        String text = text(told.getFirst(), "text/plain");
        assertThat(told.getFirst().getSubject()).startsWith("Tài liệu hội nghị trực tuyến");
        String portal = link(text, "http://localhost:8080/tai-lieu/");
        assertThat(portal).startsWith("http://localhost:8080/tai-lieu/" + planId + "?sig=");
        assertThat(signedLinks.verify(
                        DelegateLinks.PORTAL, planId, portal.substring(portal.indexOf("sig=") + 4), CLOCK.instant()))
                .as("the portal link documents-service verifies")
                .isTrue();

        TestEvents.publish(
                Topics.MATERIAL,
                eventId,
                "urn:conference:test",
                EventCatalog.MATERIALS_PUBLISHED.type(),
                planId,
                DT,
                new MaterialsPublished(
                        planId, List.of("doc-1", "doc-2"), "/api/plans/" + planId + "/portal", CLOCK.now()));
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIALS_PUBLISHED.type(),
                planId,
                DT,
                new MaterialsPublished(
                        planId, List.of("doc-2", "doc-1"), "/api/plans/" + planId + "/portal", CLOCK.now()));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> MailSink.of(planId, "MATERIALS_PUBLISHED").size() == 5);

        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.MATERIALS_PUBLISHED.type(),
                planId,
                DT,
                new MaterialsPublished(
                        planId, List.of("doc-1", "doc-2", "doc-3"), "/api/plans/" + planId + "/portal", CLOCK.now()));
        assertThat(MailSink.awaitCount(planId, "MATERIALS_PUBLISHED", 10)).hasSize(10);
    }
}
