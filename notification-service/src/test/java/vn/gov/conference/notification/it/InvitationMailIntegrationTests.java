package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.agenda.AgendaEvents.ItemChange;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailDelivered;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.contracts.plan.ConferenceSchedule;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * From the approved plan to the invitees' mailboxes and calendars, on the real broker and a real SMTP server: what
 * arrives is read back and checked as a delegate's mail and calendar programs would see it.
 */
@ExtendWith(DocumentedAnswers.class)
class InvitationMailIntegrationTests extends NotificationIntegrationTest {

    private static final String SNV = "snv@dongthap.conference.example";
    private static final String MTTQ = "mttq@dongthap.conference.example";
    private static final String DT_TITLE = "Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành "
            + "chính giai đoạn 2021 - 2026 và đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp";
    private static EventRecorder events;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.INVITATION, Topics.EMAIL, "error.conference.plan.v1.notification-service");
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    static OffsetDateTime inTenDays() {
        return CLOCK.now().plusDays(10).truncatedTo(ChronoUnit.DAYS).withHour(8);
    }

    static Calendar calendarOf(MimeMessage message) throws Exception {
        Part ics = attachment(message, "application/ics");
        assertThat(ics).as("the .ics attachment").isNotNull();
        try (InputStream in = ics.getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }

    static VEvent eventOf(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void invitesTheApprovedCompositionWithIntactDiacriticsAndAValidCalendar() throws Exception {
        String planId = newPlanId();
        OffsetDateTime start = inTenDays();
        approve(Fixtures.dongThapAt(planId, start));

        List<MimeMessage> sent = MailSink.awaitCount(planId, "INVITATION", 5);
        assertThat(sent).hasSize(5);
        MimeMessage snv = MailSink.awaitOne(planId, "INVITATION", SNV);
        assertThat(snv.getSubject()).isEqualTo("Giấy mời dự " + DT_TITLE);
        assertThat(MailSink.header(snv, "Subject")).startsWith("=?UTF-8?");
        assertThat(text(snv, "text/plain"))
                .contains("Kính gửi: Sở Nội vụ")
                .contains("Ủy ban nhân dân tỉnh Đồng Tháp trân trọng kính mời Sở Nội vụ cử 03 đại biểu tham dự")
                .contains("Kế hoạch này thay thư mời.")
                .contains("Điểm cầu: Điểm cầu Tỉnh (Hội trường UBND Tỉnh)")
                .contains("http://localhost:8080/moi/")
                .doesNotContain("/api/invitations/");
        assertThat(text(snv, "text/html")).contains("<strong>Kính gửi:</strong> Sở Nội vụ");

        Part icsPart = attachment(snv, "application/ics");
        assertThat(MimeUtility.decodeText(icsPart.getFileName())).isEqualTo("Lịch hội nghị 125-KH-UBND.ics");
        Calendar calendar = calendarOf(snv);
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("REQUEST");
        VEvent event = eventOf(calendar);
        assertThat(event.validate(new Method(Method.VALUE_REQUEST)).getEntries())
                .isEmpty();
        assertThat(value(event, Property.UID)).isEqualTo(planId + "@conference.gov.vn");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(DT_TITLE);
        assertThat(value(event, Property.LOCATION)).isEqualTo("Điểm cầu Tỉnh (Hội trường UBND Tỉnh)");
        assertThat(event.getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getParameter("TZID")
                        .map(p -> p.getValue()))
                .contains("Asia/Ho_Chi_Minh");
        assertThat(text(snv, "text/calendar")).contains("METHOD:REQUEST");

        MimeMessage guest = MailSink.awaitOne(planId, "INVITATION", "huyen.do@undp.example");
        assertThat(text(guest, "text/plain"))
                .contains("Kính gửi: Bà Đỗ Thanh Huyền, Chuyên gia về Chỉ số PAPI")
                .doesNotContain("Ông/Bà Bà")
                .contains("Mã điểm danh của Bà: ")
                .contains("Điểm danh trực tuyến:")
                .contains("http://localhost:8080/diem-danh/");
        assertThat(value(eventOf(calendarOf(guest)), Property.LOCATION)).isEqualTo("Trực tuyến");

        InvitationsIssued issued = events.await(EventCatalog.INVITATIONS_ISSUED.type(), e -> planId.equals(e.subject()))
                .payload(InvitationsIssued.class);
        assertThat(issued.issued()).isEqualTo(5);
        assertThat(issued.total()).isEqualTo(5);
        assertThat(events.awaitCount(
                        EventCatalog.EMAIL_DELIVERED.type(), e -> planId.equals(e.key()), 5, Duration.ofSeconds(30)))
                .extracting(e -> e.payload(EmailDelivered.class).kind())
                .containsOnly("INVITATION");
    }

    @Test
    void redeliveringPlanApprovedSendsNoSecondInvitation() {
        String planId = newPlanId();
        PlanSnapshot plan = Fixtures.dongThapAt(planId, inTenDays());
        String eventId = approve(plan);
        MailSink.awaitCount(planId, "INVITATION", 5);
        events.await(EventCatalog.INVITATIONS_ISSUED.type(), e -> planId.equals(e.subject()));

        TestEvents.publish(
                Topics.PLAN,
                eventId,
                "urn:conference:test",
                EventCatalog.PLAN_APPROVED.type(),
                planId,
                DT,
                new vn.gov.conference.contracts.plan.PlanEvents.PlanApproved(plan, CLOCK.now(), "approver"));
        approve(plan);

        assertThat(events.during(
                        Duration.ofSeconds(3), EventCatalog.INVITATIONS_ISSUED.type(), e -> planId.equals(e.subject())))
                .hasSize(1);
        assertThat(MailSink.of(planId)).hasSize(5);
        assertThat(api.get("/api/emails?planId=" + planId, TestTokens.office(DT))
                        .json()
                        .get("items"))
                .hasSize(5);
        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("items"))
                .hasSize(5);
    }

    @Test
    void aTentativeConferenceIsInvitedWithoutACalendarUntilItIsScheduled() throws Exception {
        String planId = newPlanId();
        LocalDate windowStart = CLOCK.now().toLocalDate().plusMonths(1);
        PlanSnapshot plan = Fixtures.at(
                Fixtures.tienGiang(planId),
                new ConferenceSchedule(null, windowStart, windowStart.plusMonths(3), "dự kiến quý 3 năm 2024"));
        approve(plan);

        MimeMessage invitation = MailSink.awaitOne(planId, "INVITATION", "snv@tiengiang.conference.example");
        assertThat(text(invitation, "text/plain"))
                .contains("Thời gian: dự kiến quý 3 năm 2024 (thời gian cụ thể sẽ được thông báo sau)")
                .contains("Căn cứ Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang.");
        assertThat(attachment(invitation, "application/ics")).isNull();
        assertThat(text(invitation, "text/calendar")).isNull();

        OffsetDateTime start = CLOCK.now()
                .plusDays(40)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(7)
                .withMinute(30);
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.CONFERENCE_SCHEDULED.type(),
                planId,
                TG,
                new ConferenceScheduled(planId, 3, start, null, null));

        MimeMessage update = MailSink.awaitOne(planId, "INVITATION_UPDATE", "snv@tiengiang.conference.example");
        assertThat(update.getSubject()).startsWith("Thời gian chính thức: Hội nghị đánh giá các chỉ số");
        assertThat(text(update, "text/plain")).contains("Thời gian: 7 giờ 30, ");
        VEvent event = eventOf(calendarOf(update));
        assertThat(value(event, Property.UID)).isEqualTo(planId + "@conference.gov.vn");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(event, Property.LOCATION))
                .isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang, "
                        + "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang");
        MailSink.awaitCount(planId, "INVITATION_UPDATE", 2);
    }

    static MimeMessage awaitSubject(String planId, String recipient, String subject) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> MailSink.to(planId, "INVITATION_UPDATE", recipient).stream()
                        .anyMatch(m -> subject.equals(subjectOf(m))));
        return MailSink.to(planId, "INVITATION_UPDATE", recipient).stream()
                .filter(m -> subject.equals(subjectOf(m)))
                .findFirst()
                .orElseThrow();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void publishingTheAgendaEndsEveryCalendarEntryWhenTheAgendaEnds() throws Exception {
        String planId = newPlanId();
        OffsetDateTime start = inTenDays();
        approve(Fixtures.dongThapAt(planId, start));
        VEvent invited = eventOf(calendarOf(MailSink.awaitOne(planId, "INVITATION", SNV)));
        assertThat(value(invited, Property.DTEND)).endsWith("T110000");
        MailSink.awaitCount(planId, "INVITATION", 5);

        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                planId,
                DT,
                new AgendaPublished(planId, 1, start, start.plusMinutes(200), Fixtures.dongThapAgenda(start)));

        MimeMessage update = awaitSubject(
                planId, SNV, "Chương trình " + Character.toLowerCase(DT_TITLE.charAt(0)) + DT_TITLE.substring(1));
        VEvent event = eventOf(calendarOf(update));
        assertThat(value(event, Property.UID)).isEqualTo(planId + "@conference.gov.vn");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(text(update, "text/calendar"))
                .contains("DTEND;TZID=Asia/Ho_Chi_Minh:"
                        + start.plusMinutes(200).toLocalDate().toString().replace("-", "") + "T112000");
        assertThat(text(update, "text/plain")).contains("8 giờ 05 - 8 giờ 20 | Báo cáo đánh giá kết quả");
        assertThat(MailSink.awaitCount(planId, "INVITATION_UPDATE", 5)).hasSize(5);

        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_REVISED.type(),
                planId,
                DT,
                new AgendaRevised(
                        planId,
                        2,
                        start,
                        start.plusMinutes(200),
                        Fixtures.dongThapAgenda(start),
                        List.of(),
                        "Sửa lỗi chính tả tên mục 3."));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> MailSink.of(planId, "INVITATION_UPDATE").size() == 5);
    }

    @Test
    void aRevisedAgendaUpdatesEveryCalendarAndTellsPresentersWhatMoved() throws Exception {
        String planId = newPlanId();
        OffsetDateTime start = inTenDays();
        approve(Fixtures.dongThapAt(planId, start));
        MailSink.awaitCount(planId, "INVITATION", 5);

        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                planId,
                DT,
                new AgendaPublished(planId, 1, start, start.plusMinutes(200), Fixtures.dongThapAgenda(start)));
        MailSink.awaitCount(planId, "INVITATION_UPDATE", 5);
        ItemChange moved = new ItemChange(
                "i2",
                "Báo cáo đánh giá kết quả triển khai các mô hình CCHC",
                List.of(Fixtures.unit("DT-SNV", "Sở Nội vụ")),
                start.plusMinutes(5),
                start.plusMinutes(20),
                start.plusMinutes(10),
                start.plusMinutes(25),
                true,
                false);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_REVISED.type(),
                planId,
                DT,
                new AgendaRevised(
                        planId,
                        2,
                        start,
                        start.plusMinutes(205),
                        Fixtures.dongThapAgenda(start),
                        List.of(moved),
                        "Phần tuyên bố lý do kéo dài thêm 5 phút."));

        MimeMessage toSnv = awaitSubject(planId, SNV, "Điều chỉnh chương trình: " + DT_TITLE);
        MimeMessage toMttq = awaitSubject(planId, MTTQ, "Điều chỉnh chương trình: " + DT_TITLE);
        assertThat(text(toSnv, "text/plain"))
                .contains("Phần tuyên bố lý do kéo dài thêm 5 phút.")
                .contains("Báo cáo đánh giá kết quả triển khai các mô hình CCHC: từ 8 giờ 05 - 8 giờ 20 chuyển sang "
                        + "8 giờ 10 - 8 giờ 25");
        assertThat(text(toMttq, "text/plain"))
                .contains("Phần tuyên bố lý do kéo dài thêm 5 phút.")
                .doesNotContain("chuyển sang");
        VEvent event = eventOf(calendarOf(toSnv));
        assertThat(value(event, Property.UID)).isEqualTo(planId + "@conference.gov.vn");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(text(toSnv, "text/calendar"))
                .contains("DTEND;TZID=Asia/Ho_Chi_Minh:")
                .contains(start.plusMinutes(205).toLocalTime().toString().replace(":", "") + "00");
        MailSink.awaitCount(planId, "INVITATION_UPDATE", 10);
    }

    @Test
    void aRevisionThatKeepsTheConferencesTimeTellsOnlyThePresentersWhoseItemMoved() throws Exception {
        String planId = newPlanId();
        OffsetDateTime start = inTenDays();
        approve(Fixtures.dongThapAt(planId, start));
        MailSink.awaitCount(planId, "INVITATION", 5);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                planId,
                DT,
                new AgendaPublished(planId, 1, start, start.plusMinutes(200), Fixtures.dongThapAgenda(start)));
        MailSink.awaitCount(planId, "INVITATION_UPDATE", 5);

        ItemChange moved = new ItemChange(
                "i3",
                "Báo cáo phân tích Chỉ số PAPI và Chỉ số CCHC",
                List.of(Fixtures.unit("DT-SNV", "Sở Nội vụ")),
                start.plusMinutes(20),
                start.plusMinutes(40),
                start.plusMinutes(25),
                start.plusMinutes(45),
                true,
                false);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_REVISED.type(),
                planId,
                DT,
                new AgendaRevised(
                        planId,
                        2,
                        start,
                        start.plusMinutes(200),
                        Fixtures.dongThapAgenda(start),
                        List.of(moved),
                        "Mục 3 lùi 5 phút."));

        MimeMessage toSnv = awaitSubject(planId, SNV, "Điều chỉnh chương trình: " + DT_TITLE);
        assertThat(text(toSnv, "text/plain")).contains("từ 8 giờ 20 - 8 giờ 40 chuyển sang 8 giờ 25 - 8 giờ 45");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> MailSink.of(planId, "INVITATION_UPDATE").size() == 6);
        assertThat(MailSink.to(planId, "INVITATION_UPDATE", MTTQ)).hasSize(1);
    }

    @Test
    void aCancelledPlanSendsCalendarCancellationsAndClosesTheInvitations() throws Exception {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, inTenDays()));
        MimeMessage invitation = MailSink.awaitOne(planId, "INVITATION", SNV);
        String answerLink =
                DelegateLinkIntegrationTests.apiOf(link(text(invitation, "text/plain"), "http://localhost:8080/moi/"));

        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_CANCELLED.type(),
                planId,
                DT,
                new PlanCancelled(planId, 4, "Tình hình dịch bệnh Covid-19"));

        MimeMessage cancellation = MailSink.awaitOne(planId, "CANCELLATION", SNV);
        assertThat(cancellation.getSubject()).startsWith("Hủy tổ chức hội nghị trực tuyến");
        assertThat(text(cancellation, "text/plain")).contains("Lý do: Tình hình dịch bệnh Covid-19");
        Calendar calendar = calendarOf(cancellation);
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("CANCEL");
        VEvent event = eventOf(calendar);
        assertThat(event.validate(new Method(Method.VALUE_CANCEL)).getEntries()).isEmpty();
        assertThat(value(event, Property.UID)).isEqualTo(planId + "@conference.gov.vn");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isPositive();
        MailSink.awaitCount(planId, "CANCELLATION", 5);

        assertThat(api.get("/api/plans/" + planId + "/invitations", TestTokens.office(DT))
                        .json()
                        .get("items"))
                .allSatisfy(view -> assertThat(view.get("status").asString()).isEqualTo("CANCELLED"));
        var answer =
                api.post(answerLink.replaceFirst("\\?", "/answer?"), null, Map.of("answer", "DECLINE", "reason", "x"));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("rule").asString()).isEqualTo("invitation-cancelled");
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        String planId = newPlanId();
        TestEvents.publishRaw(
                Topics.PLAN,
                planId,
                "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of(
                        "ce_specversion",
                        "1.0",
                        "ce_id",
                        "poison-" + planId,
                        "ce_source",
                        "urn:conference:test",
                        "ce_type",
                        EventCatalog.PLAN_APPROVED.type(),
                        "ce_subject",
                        planId));

        assertThat(events.await(
                                EventCatalog.PLAN_APPROVED.type(),
                                e -> planId.equals(e.key()) && e.topic().startsWith("error."))
                        .id())
                .isEqualTo("poison-" + planId);
    }
}
