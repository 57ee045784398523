package vn.gov.conference.agenda;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.plan.ConferenceFormat;
import vn.gov.conference.contracts.plan.ConferenceSchedule;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.contracts.plan.Venue;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;

/** The seed plans as plan-service announces them, and a way to wait until agenda-service has taken them in. */
public final class Plans {

    public static final OffsetDateTime DONG_THAP_START = OffsetDateTime.parse("2021-07-07T08:00+07:00");
    public static final Venue TIEN_GIANG_HALL = new Venue(
            "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
            "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang");

    private Plans() {}

    /** Seed 003: an exact start, 08:00 on 07/7/2021. */
    public static PlanSnapshot dongThap(String planId) {
        return new PlanSnapshot(
                planId,
                3,
                new Province("dong-thap", "Đồng Tháp"),
                new UnitRef("DT-UBND", "Ủy ban nhân dân Tỉnh"),
                "125/KH-UBND",
                LocalDate.of(2021, 6, 25),
                "Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành chính giai đoạn 2021 - 2026 và "
                        + "đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp",
                List.of(),
                ConferenceFormat.ONLINE,
                new Venue("Hội trường Ủy ban nhân dân (UBND) Tỉnh", null),
                new ConferenceSchedule(DONG_THAP_START, null, null, "08 giờ 00 phút, ngày 07/7/2021"),
                "Chủ tịch UBND Tỉnh",
                List.of(),
                List.of(),
                List.of(),
                40,
                List.of(),
                true,
                "Phạm Thiện Nghĩa",
                "Chủ tịch");
    }

    /** Seed 000: a tentative date, "dự kiến quý 3 năm 2024". */
    public static PlanSnapshot tienGiang(String planId) {
        return new PlanSnapshot(
                planId,
                2,
                new Province("tien-giang", "Tiền Giang"),
                new UnitRef("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"),
                "276/KH-UBND",
                LocalDate.of(2024, 7, 18),
                "Hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023 của tỉnh "
                        + "Tiền Giang",
                List.of(),
                ConferenceFormat.IN_PERSON,
                TIEN_GIANG_HALL,
                new ConferenceSchedule(
                        null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), "dự kiến quý 3 năm 2024"),
                "Thường trực Ủy ban nhân dân tỉnh",
                List.of(),
                List.of(),
                List.of(),
                130,
                List.of(),
                false,
                "Nguyễn Văn Vĩnh",
                "Chủ tịch");
    }

    /** @return the event's id */
    public static String approve(PlanSnapshot plan) {
        return TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_APPROVED.type(),
                plan.planId(),
                plan.province().code(),
                new PlanApproved(plan, OffsetDateTime.now(), "approver"));
    }

    public static String schedule(PlanSnapshot plan, int version, OffsetDateTime start, Venue venue) {
        return TestEvents.publish(
                Topics.PLAN,
                EventCatalog.CONFERENCE_SCHEDULED.type(),
                plan.planId(),
                plan.province().code(),
                new ConferenceScheduled(
                        plan.planId(), version, start, plan.time().start(), venue));
    }

    public static void cancel(PlanSnapshot plan, int version) {
        TestEvents.publish(
                Topics.PLAN,
                EventCatalog.PLAN_CANCELLED.type(),
                plan.planId(),
                plan.province().code(),
                new PlanCancelled(plan.planId(), version, "Hoãn do bão"));
    }

    /** Approves the plan and waits until its agenda exists. */
    public static void approveAndAwait(ApiClient api, PlanSnapshot plan) {
        approve(plan);
        String token = TestTokens.office(plan.province().code());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/plans/" + plan.planId() + "/agenda", token)
                                .status()
                        == 200);
    }
}
