package vn.gov.conference.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.contracts.plan.BridgePoint;
import vn.gov.conference.contracts.plan.ConferenceFormat;
import vn.gov.conference.contracts.plan.ConferenceSchedule;
import vn.gov.conference.contracts.plan.ExternalGuest;
import vn.gov.conference.contracts.plan.IndexUnderReview;
import vn.gov.conference.contracts.plan.ParticipantGroup;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.contracts.plan.Venue;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.FromContracts;

/** The two seed plans as the plan service publishes them once approved, trimmed to what invitations need. */
public final class Fixtures {

    public static final OffsetDateTime DT_START = OffsetDateTime.parse("2021-07-07T08:00+07:00");

    private Fixtures() {}

    public static UnitRef unit(String code, String name) {
        return new UnitRef(code, name);
    }

    /**
     * Seed 003: Đồng Tháp's online conference, exact start 08:00 07/7/2021, bridge points, external experts (named with
     * their salutation, as plan-service publishes them).
     */
    public static PlanSnapshot dongThap(String planId) {
        return dongThapAt(planId, DT_START);
    }

    /** Seed 003 moved to {@code start}, for tests that run against the clock. */
    public static PlanSnapshot dongThapAt(String planId, OffsetDateTime start) {
        return new PlanSnapshot(
                planId,
                3,
                new Province("dong-thap", "Đồng Tháp"),
                unit("DT-UBND", "Ủy ban nhân dân tỉnh Đồng Tháp"),
                "125/KH-UBND",
                LocalDate.of(2021, 6, 25),
                "Tổ chức Hội nghị trực tuyến về tổng kết, nhân rộng các mô hình cải cách hành chính giai đoạn "
                        + "2021 - 2026 và đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp",
                List.of(new IndexUnderReview("PAR Index", 2020), new IndexUnderReview("PAPI", 2020)),
                ConferenceFormat.ONLINE,
                new Venue("Hội trường Ủy ban nhân dân Tỉnh", null),
                new ConferenceSchedule(start, null, null, "08 giờ 00 phút, ngày 07/7/2021 (thứ Tư)"),
                "Chủ tịch UBND Tỉnh Phạm Thiện Nghĩa",
                List.of(
                        new ParticipantGroup(
                                "g-snv",
                                "PROVINCE",
                                unit("DT-SNV", "Sở Nội vụ"),
                                "Đại diện các phòng chuyên môn",
                                3,
                                "DT-TINH",
                                null),
                        new ParticipantGroup(
                                "g-mttq",
                                "PROVINCE",
                                unit("DT-MTTQ", "Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp"),
                                "Đại diện lãnh đạo",
                                1,
                                "DT-TINH",
                                null),
                        new ParticipantGroup(
                                "g-chauthanh",
                                "DISTRICT",
                                unit("DT-CHAUTHANH", "UBND huyện Châu Thành"),
                                "Chủ tịch UBND huyện và thủ trưởng các phòng",
                                5,
                                "DT-BP-CHAUTHANH",
                                null),
                        new ParticipantGroup(
                                "g-bao",
                                "PRESS",
                                unit("DT-BAODT", "Báo Đồng Tháp"),
                                "Phóng viên",
                                1,
                                "DT-TINH",
                                "toasoan@baodongthap.example")),
                List.of(
                        new BridgePoint("DT-TINH", "Điểm cầu Tỉnh (Hội trường UBND Tỉnh)", 40),
                        new BridgePoint("DT-BP-CHAUTHANH", "Điểm cầu UBND huyện Châu Thành", 20)),
                List.of(new ExternalGuest(
                        "x-undp",
                        "Bà Đỗ Thanh Huyền",
                        "Chuyên gia về Chỉ số PAPI",
                        "Chương trình Phát triển Liên Hợp Quốc tại Việt Nam (UNDP)",
                        "huyen.do@undp.example",
                        true)),
                40,
                List.of(),
                true,
                "Phạm Thiện Nghĩa",
                "Chủ tịch");
    }

    /** Seed 000: Tiền Giang's in-person conference, tentative "dự kiến quý 3 năm 2024". */
    public static PlanSnapshot tienGiang(String planId) {
        return new PlanSnapshot(
                planId,
                2,
                new Province("tien-giang", "Tiền Giang"),
                unit("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"),
                "276/KH-UBND",
                LocalDate.of(2024, 7, 18),
                "Tổ chức hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023 "
                        + "của tỉnh Tiền Giang",
                List.of(
                        new IndexUnderReview("PAR Index", 2023),
                        new IndexUnderReview("SIPAS", 2023),
                        new IndexUnderReview("PAPI", 2023)),
                ConferenceFormat.IN_PERSON,
                new Venue(
                        "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
                        "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang"),
                new ConferenceSchedule(
                        null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30), "dự kiến quý 3 năm 2024"),
                "Thường trực Ủy ban nhân dân tỉnh",
                List.of(
                        new ParticipantGroup(
                                "g-snv",
                                "PROVINCE",
                                unit("TG-SNV", "Sở Nội vụ"),
                                "Đại diện lãnh đạo và chuyên viên Phòng Cải cách hành chính",
                                3,
                                null,
                                null),
                        new ParticipantGroup(
                                "g-mttq",
                                "PROVINCE",
                                unit("TG-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang"),
                                "Lãnh đạo",
                                1,
                                null,
                                null)),
                List.of(),
                List.of(),
                130,
                List.of(),
                false,
                "Nguyễn Văn Vĩnh",
                "Chủ tịch");
    }

    /** The same plan at another time (a tentative window or an exact start). */
    public static PlanSnapshot at(PlanSnapshot p, ConferenceSchedule time) {
        return new PlanSnapshot(
                p.planId(),
                p.version(),
                p.province(),
                p.issuingBody(),
                p.documentNumber(),
                p.issuedOn(),
                p.title(),
                p.indices(),
                p.format(),
                p.venue(),
                time,
                p.chair(),
                p.participants(),
                p.bridgePoints(),
                p.externalGuests(),
                p.statedTotal(),
                p.assignments(),
                p.replacesInvitationLetter(),
                p.signer(),
                p.signerTitle());
    }

    /** The same plan with an online meeting for its online delegates. */
    public static PlanSnapshot withMeeting(PlanSnapshot p, String meetingUrl) {
        return new PlanSnapshot(
                p.planId(),
                p.version(),
                p.province(),
                p.issuingBody(),
                p.documentNumber(),
                p.issuedOn(),
                p.title(),
                p.indices(),
                p.format(),
                new Venue(p.venue().room(), p.venue().address(), meetingUrl),
                p.time(),
                p.chair(),
                p.participants(),
                p.bridgePoints(),
                p.externalGuests(),
                p.statedTotal(),
                p.assignments(),
                p.replacesInvitationLetter(),
                p.signer(),
                p.signerTitle());
    }

    /** The same plan with other participant groups. */
    public static PlanSnapshot withGroups(PlanSnapshot p, List<ParticipantGroup> groups) {
        return new PlanSnapshot(
                p.planId(),
                p.version(),
                p.province(),
                p.issuingBody(),
                p.documentNumber(),
                p.issuedOn(),
                p.title(),
                p.indices(),
                p.format(),
                p.venue(),
                p.time(),
                p.chair(),
                groups,
                p.bridgePoints(),
                p.externalGuests(),
                p.statedTotal(),
                p.assignments(),
                p.replacesInvitationLetter(),
                p.signer(),
                p.signerTitle());
    }

    public static Conference approved(PlanSnapshot plan) {
        Conference conference = Conference.awaitingPlan(plan.planId());
        conference.approve(plan.province().code(), plan.version(), FromContracts.details(plan));
        return conference;
    }

    /** Seed 003's agenda times as the agenda service computes them from its durations. */
    public static List<Slot> dongThapAgenda() {
        return dongThapAgenda(DT_START);
    }

    public static List<Slot> dongThapAgenda(OffsetDateTime t) {
        return List.of(
                new Slot(
                        "i1",
                        "1",
                        "Tuyên bố lý do, giới thiệu đại biểu",
                        "ITEM",
                        List.of(unit("DT-VPUBND", "Văn phòng UBND Tỉnh")),
                        t,
                        t.plusMinutes(5)),
                new Slot(
                        "i2",
                        "2",
                        "Báo cáo đánh giá kết quả triển khai các mô hình CCHC trên địa bàn tỉnh",
                        "ITEM",
                        List.of(unit("DT-SNV", "Sở Nội vụ")),
                        t.plusMinutes(5),
                        t.plusMinutes(20)),
                new Slot(
                        "i3",
                        "3",
                        "Báo cáo phân tích Chỉ số PAPI và Chỉ số CCHC",
                        "ITEM",
                        List.of(unit("DT-SNV", "Sở Nội vụ")),
                        t.plusMinutes(20),
                        t.plusMinutes(40)),
                new Slot("i6", "6", "Giải lao", "BREAK", List.of(), t.plusMinutes(96), t.plusMinutes(111)),
                new Slot(
                        "i10",
                        "10",
                        "Kết luận của Chủ trì Hội nghị",
                        "ITEM",
                        List.of(unit("DT-UBND", "Chủ tịch UBND Tỉnh")),
                        null,
                        null));
    }

    public static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
