package vn.gov.conference.notification.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Method;
import org.junit.jupiter.api.Test;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.QrImages;
import vn.gov.conference.notification.conference.AgendaMove;
import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.FromContracts;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationId;
import vn.gov.conference.notification.invitation.Invitee;
import vn.gov.conference.notification.invitation.InviteeSpec;
import vn.gov.conference.notification.links.InvitationLinks;

class LettersTests {

    private static final Instant NOW = Instant.parse("2021-06-26T01:00:00Z");
    private static final String MEETING = "https://meet.dongthap.example/hoi-nghi-par-papi";
    private static final InvitationLinks LINKS = new InvitationLinks(
            "http://localhost:8080/moi/inv-1?sig=1625000000.abc",
            "http://localhost:8080/diem-danh/inv-1?sig=1625700000.def");

    private final Letters letters = new Letters("vpubnd@dongthap.conference.example");

    private static Invitation quota(String planId, String unitCode, String unitName, int seats) {
        return Invitation.issue(
                InvitationId.derived(planId, "group:" + unitCode),
                planId,
                "x",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "group:" + unitCode,
                        Invitee.unit(unitCode, unitName, "unit@x.example", Invitee.Category.OFFICIAL),
                        seats,
                        null,
                        false),
                "QUOTA222",
                OffsetDateTime.parse("2024-09-29T00:00+07:00"),
                NOW);
    }

    private static Invitation guest() {
        return Invitation.issue(
                InvitationId.derived("p3", "guest:x-undp"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "guest:x-undp",
                        new Invitee(
                                "Đỗ Thanh Huyền",
                                "Chuyên gia về Chỉ số PAPI",
                                null,
                                null,
                                "UNDP <Việt Nam>",
                                "huyen@undp.example",
                                Invitee.Category.GUEST),
                        1,
                        null,
                        true),
                "HUYEN234",
                OffsetDateTime.parse("2021-07-05T08:00+07:00"),
                NOW);
    }

    private static Conference dongThapWithAgenda() {
        Conference conference = Fixtures.approved(Fixtures.withMeeting(Fixtures.dongThap("p3"), MEETING));
        conference.publishAgenda(
                1,
                Fixtures.DT_START,
                Fixtures.DT_START.plusMinutes(200),
                FromContracts.agenda(Fixtures.dongThapAgenda()),
                "e1",
                NOW);
        return conference;
    }

    private static Calendar parse(EmailContent.Calendar calendar) throws Exception {
        return new CalendarBuilder().build(new StringReader(calendar.ics()));
    }

    @Test
    void invitesAUnitToATentativeConferenceWithoutACalendar() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));

        EmailContent letter = letters.invitation(conference, quota("p1", "TG-SNV", "Sở Nội vụ", 3), LINKS, NOW);

        assertThat(letter.subject())
                .isEqualTo("Giấy mời dự Hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, "
                        + "PCI, DTI, ICT Index, PACA năm 2023 của tỉnh Tiền Giang");
        assertThat(letter.text())
                .contains("Kính gửi: Sở Nội vụ")
                .contains("Ủy ban nhân dân tỉnh Tiền Giang trân trọng kính mời Sở Nội vụ cử 03 đại biểu tham dự")
                .contains("Căn cứ Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang.")
                .contains("Thời gian: dự kiến quý 3 năm 2024 (thời gian cụ thể sẽ được thông báo sau)")
                .contains("Địa điểm: Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang, số 6C Rạch Gầm, Phường 1, "
                        + "thành phố Mỹ Tho, Tiền Giang")
                .contains("Đề nghị đơn vị cử 03 đại biểu tham dự và đăng ký họ tên, chức vụ, email của từng đại biểu "
                        + "trước ngày 29/9/2024.")
                .doesNotContain("0 giờ")
                .contains(LINKS.answerUrl())
                .doesNotContain("Mã điểm danh");
        assertThat(letter.html()).contains("dự kiến quý 3 năm 2024").contains("lang=\"vi\"");
        assertThat(letter.calendar()).isNull();
        assertThat(letter.attachments()).isEmpty();
    }

    @Test
    void invitesAGuestToAnExactConferenceWithTheAgendaAValidCalendarAndACheckInQrCode() throws Exception {
        Conference conference = dongThapWithAgenda();

        EmailContent letter = letters.invitation(conference, guest(), LINKS, NOW);

        assertThat(letter.text())
                .contains("Kính gửi: Ông/Bà Đỗ Thanh Huyền, Chuyên gia về Chỉ số PAPI, UNDP <Việt Nam>")
                .contains("Kế hoạch này thay thư mời.")
                .contains("Thời gian: 8 giờ, thứ Tư, ngày 7/7/2021")
                .contains("Hình thức: trực tuyến")
                .contains("- 8 giờ 05 - 8 giờ 20 | Báo cáo đánh giá kết quả triển khai các mô hình CCHC trên địa bàn "
                        + "tỉnh | Sở Nội vụ")
                .contains("- Kết luận của Chủ trì Hội nghị | Chủ tịch UBND Tỉnh")
                .contains("Mã điểm danh của Ông/Bà: HUYEN234")
                .contains("Đề nghị Ông/Bà xác nhận tham dự, báo vắng hoặc cử người dự thay trước 8 giờ, ngày 5/7/2021.")
                .contains("THAM DỰ TRỰC TUYẾN")
                .contains("Vào phòng họp trực tuyến:\n" + MEETING)
                .contains("Điểm danh trực tuyến:\n" + LINKS.checkInUrl())
                .doesNotContain("xuất trình mã QR");
        assertThat(letter.html())
                .contains("UNDP &lt;Việt Nam&gt;")
                .doesNotContain("UNDP <Việt Nam>")
                .doesNotContain("cid:" + Letters.QR_CONTENT_ID);

        Calendar calendar = parse(letter.calendar());
        assertThat(calendar.validate().getEntries()).isEmpty();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.validate(new Method(Method.VALUE_REQUEST)).getEntries())
                .isEmpty();
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("p3@conference.gov.vn");
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("1");
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue)).contains(MEETING);
        assertThat(letter.calendar().ics()).contains("DTEND;TZID=Asia/Ho_Chi_Minh:20210707T112000");
        assertThat(letter.calendar().fileName()).isEqualTo("Lịch hội nghị 125-KH-UBND.ics");
        assertThat(letter.attachments()).as("no QR code to show at a desk").isEmpty();
    }

    @Test
    void addressesAGuestWhoseNameCarriesItsSalutationOnce() {
        Invitation guest = Invitation.issue(
                InvitationId.derived("p3", "guest:x-undp"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "guest:x-undp",
                        new Invitee(
                                "Bà Đỗ Thanh Huyền",
                                "Chuyên gia về Chỉ số PAPI",
                                null,
                                null,
                                "UNDP",
                                "huyen@undp.example",
                                Invitee.Category.GUEST),
                        1,
                        "DT-TINH",
                        true),
                "HUYEN234",
                OffsetDateTime.parse("2021-07-05T08:00+07:00"),
                NOW);

        EmailContent letter = letters.invitation(dongThapWithAgenda(), guest, LINKS, NOW);

        assertThat(letter.text())
                .contains("Kính gửi: Bà Đỗ Thanh Huyền, Chuyên gia về Chỉ số PAPI, UNDP")
                .contains("trân trọng kính mời Bà tham dự")
                .contains("Mã điểm danh của Bà: HUYEN234")
                .contains("Điểm cầu: Điểm cầu Tỉnh (Hội trường UBND Tỉnh)")
                .doesNotContain("Ông/Bà Bà")
                .doesNotContain("Ông/Bà");
        assertThat(letter.attachments())
                .as("a bridge point has a desk: the QR code goes along")
                .hasSize(1);
        assertThat(QrImages.decode(letter.attachments().getFirst().data())).isEqualTo(LINKS.checkInUrl());
    }

    @Test
    void invitesAUnitThatDecidesHowManyItSendsWithTheRoleTheLineNames() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
        Invitation open = Invitation.issue(
                InvitationId.derived("p1", "group:g-skhdt"),
                "p1",
                "tien-giang",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "group:g-skhdt",
                        new Invitee(
                                null,
                                "Đại diện lãnh đạo và chuyên viên Phòng Kinh tế đối ngoại",
                                "TG-SKHDT",
                                "Sở Kế hoạch và Đầu tư",
                                null,
                                "skhdt@x.example",
                                Invitee.Category.OFFICIAL),
                        0,
                        null,
                        false),
                "OPEN2222",
                OffsetDateTime.parse("2024-07-25T00:00+07:00"),
                NOW);

        EmailContent letter = letters.invitation(conference, open, LINKS, NOW);

        assertThat(letter.text())
                .contains("trân trọng kính mời Sở Kế hoạch và Đầu tư cử đại biểu tham dự Hội nghị đánh giá")
                .contains("Thành phần: Đại diện lãnh đạo và chuyên viên Phòng Kinh tế đối ngoại")
                .contains("Số đại biểu: do đơn vị cử (ít nhất 01 đại biểu)")
                .contains("Đề nghị đơn vị cử đại biểu (Đại diện lãnh đạo và chuyên viên Phòng Kinh tế đối ngoại), số "
                        + "lượng do đơn vị quyết định (ít nhất 01 đại biểu), tham dự và đăng ký họ tên, chức vụ, email "
                        + "của từng đại biểu trước ngày 25/7/2024.")
                .doesNotContain("00 đại biểu");
    }

    @Test
    void placesADelegateAtTheirBridgePoint() throws Exception {
        Conference conference = dongThapWithAgenda();
        Invitation atDistrict = Invitation.issue(
                InvitationId.derived("p3", "group:g-chauthanh"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "group:g-chauthanh",
                        Invitee.unit(
                                "DT-CHAUTHANH", "UBND huyện Châu Thành", "ct@x.example", Invitee.Category.OFFICIAL),
                        5,
                        "DT-BP-CHAUTHANH",
                        true),
                "Q2",
                OffsetDateTime.parse("2021-07-05T08:00+07:00"),
                NOW);

        EmailContent letter = letters.invitation(conference, atDistrict, LINKS, NOW);

        assertThat(letter.text())
                .contains("Điểm cầu: Điểm cầu UBND huyện Châu Thành")
                .contains("Số đại biểu: 05");
        VEvent event = parse(letter.calendar()).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue))
                .contains("Điểm cầu UBND huyện Châu Thành");
    }

    @Test
    void tellsPresentersWhatMovedAndOthersOnlyThatTheAgendaChanged() throws Exception {
        Conference conference = dongThapWithAgenda();
        OffsetDateTime t = Fixtures.DT_START;
        conference.reviseAgenda(
                2, t, t.plusMinutes(210), FromContracts.agenda(Fixtures.dongThapAgenda()), List.of(), null, "e2", NOW);
        List<AgendaMove> moves = List.of(new AgendaMove(
                "i2",
                "Báo cáo đánh giá kết quả triển khai các mô hình CCHC",
                List.of("DT-SNV"),
                t.plusMinutes(5),
                t.plusMinutes(20),
                t.plusMinutes(10),
                t.plusMinutes(25)));

        EmailContent toSnv = letters.update(
                conference,
                quota("p3", "DT-SNV", "Sở Nội vụ", 3),
                LINKS,
                CalendarNotice.Reason.AGENDA_REVISED,
                "Mục 2 lùi 5 phút.",
                moves,
                NOW);
        EmailContent toMttq = letters.update(
                conference,
                quota("p3", "DT-MTTQ", "Mặt trận Tổ quốc", 1),
                LINKS,
                CalendarNotice.Reason.AGENDA_REVISED,
                "Mục 2 lùi 5 phút.",
                moves,
                NOW);

        assertThat(toSnv.subject()).startsWith("Điều chỉnh chương trình: Hội nghị trực tuyến");
        assertThat(toSnv.text())
                .contains("Phần trình bày của đơn vị thay đổi".toUpperCase(java.util.Locale.forLanguageTag("vi")))
                .contains("Báo cáo đánh giá kết quả triển khai các mô hình CCHC: từ 8 giờ 05 - 8 giờ 20 chuyển sang "
                        + "8 giờ 10 - 8 giờ 25")
                .contains("Mục 2 lùi 5 phút.");
        assertThat(toMttq.text()).doesNotContain("chuyển sang").contains("Mục 2 lùi 5 phút.");
        VEvent event = parse(toSnv.calendar()).<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).contains("2");
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).contains("p3@conference.gov.vn");
    }

    @Test
    void cancelsWithTheReasonAndACalendarCancellation() throws Exception {
        Conference conference = dongThapWithAgenda();
        conference.cancel("Tình hình dịch bệnh Covid-19", "e3", NOW);

        EmailContent letter = letters.cancellation(conference, guest(), NOW);

        assertThat(letter.subject()).startsWith("Hủy tổ chức hội nghị trực tuyến");
        assertThat(letter.text())
                .contains("Lý do: Tình hình dịch bệnh Covid-19")
                .contains("theo Kế hoạch số 125/KH-UBND");
        assertThat(letter.calendar().method()).isEqualTo("CANCEL");
        Calendar calendar = parse(letter.calendar());
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("CANCEL");
        assertThat(calendar.<VEvent>getComponents("VEVENT")
                        .getFirst()
                        .validate(new Method(Method.VALUE_CANCEL))
                        .getEntries())
                .isEmpty();
    }

    @Test
    void cancellingATentativeConferenceSendsNoCalendar() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
        conference.cancel("Điều chỉnh kế hoạch", "e3", NOW);

        assertThat(letters.cancellation(conference, quota("p1", "TG-SNV", "Sở Nội vụ", 3), NOW)
                        .calendar())
                .isNull();
    }

    @Test
    void remindsADepartmentOfItsDeadlineAndOfItsOverdueMaterial() {
        Conference conference = Fixtures.approved(Fixtures.tienGiang("p1"));
        Letters.MaterialDue due = new Letters.MaterialDue(
                "Sở Kế hoạch và Đầu tư",
                "Dự thảo nội dung phát biểu chỉ đạo về PCI",
                "Sở Nội vụ",
                OffsetDateTime.parse("2024-07-25T00:00+07:00"),
                "http://localhost:8080/console/nhiem-vu/req-pci");

        EmailContent before = letters.deadlineReminder(conference, due);
        EmailContent after = letters.overdueNotice(conference, due);

        assertThat(before.subject()).isEqualTo("Nhắc hạn gửi tài liệu: Dự thảo nội dung phát biểu chỉ đạo về PCI");
        assertThat(before.text())
                .contains("Kính gửi: Sở Kế hoạch và Đầu tư")
                .contains("Theo Kế hoạch số 276/KH-UBND")
                .contains("đến Sở Nội vụ")
                .contains("Hạn gửi: trước ngày 25/7/2024")
                .contains("Nộp tài liệu:\nhttp://localhost:8080/console/nhiem-vu/req-pci");
        assertThat(before.html()).contains("href=\"http://localhost:8080/console/nhiem-vu/req-pci\"");
        assertThat(after.subject()).startsWith("Quá hạn gửi tài liệu");
        assertThat(after.text())
                .contains("đến Sở Nội vụ trước ngày 25/7/2024.")
                .contains("http://localhost:8080/console/nhiem-vu/req-pci");
        assertThat(after.html()).contains("<strong>trước ngày 25/7/2024</strong>");
    }

    @Test
    void remindsAnInviteeWhoHasNotAnsweredAndAnnouncesPublishedMaterials() {
        Conference conference = dongThapWithAgenda();

        EmailContent reminder = letters.answerReminder(conference, guest(), LINKS, NOW);
        EmailContent materials =
                letters.materialsPublished(conference, guest(), "http://localhost:8080/tai-lieu/p3?sig=1.x");

        assertThat(reminder.subject()).startsWith("Nhắc xác nhận tham dự Hội nghị trực tuyến");
        assertThat(reminder.text())
                .contains("chưa nhận được xác nhận của Ông/Bà")
                .contains(LINKS.answerUrl());
        assertThat(materials.text()).contains("đã được đăng tải").contains("http://localhost:8080/tai-lieu/p3?sig=1.x");
    }

    @Test
    void keepsAnAcronymAtTheStartOfATitleInASubject() {
        assertThat(Letters.lowerFirst("SEC tổng kết năm 2024")).isEqualTo("SEC tổng kết năm 2024");
        assertThat(Letters.lowerFirst("PAPI 2023: kết quả")).isEqualTo("PAPI 2023: kết quả");
        assertThat(Letters.lowerFirst("Hội nghị trực tuyến")).isEqualTo("hội nghị trực tuyến");
        assertThat(Letters.lowerFirst("A")).isEqualTo("A");
        assertThat(Letters.lowerFirst("")).isEmpty();
    }
}
