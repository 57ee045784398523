package vn.gov.conference.notification.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationId;
import vn.gov.conference.notification.invitation.Invitee;
import vn.gov.conference.notification.invitation.InviteeSpec;
import vn.gov.conference.notification.invitation.Nomination;

class AttendanceReportTests {

    private static final OffsetDateTime BEFORE = OffsetDateTime.parse("2021-07-01T09:00+07:00");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2021-07-06T08:00+07:00");
    private static final LocalDate DAY = LocalDate.of(2021, 7, 7);
    private static final OffsetDateTime ON_THE_DAY = OffsetDateTime.parse("2021-07-07T07:45+07:00");

    private static Invitation quota(String key, String unitCode, String unitName, int seats, String site) {
        return Invitation.issue(
                InvitationId.derived("p3", key),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        key,
                        Invitee.unit(
                                unitCode, unitName, unitCode.toLowerCase() + "@dt.example", Invitee.Category.OFFICIAL),
                        seats,
                        site,
                        site != null),
                "Q" + key,
                DEADLINE,
                Instant.EPOCH);
    }

    private static Invitation guest() {
        return Invitation.issue(
                InvitationId.derived("p3", "guest:x"),
                "p3",
                "dong-thap",
                Invitation.Origin.COMPOSITION,
                new InviteeSpec(
                        "guest:x",
                        new Invitee(
                                "Đỗ Thanh Huyền",
                                "Chuyên gia",
                                null,
                                null,
                                "UNDP",
                                "huyen@undp.example",
                                Invitee.Category.GUEST),
                        1,
                        null,
                        true),
                "GUEST234",
                DEADLINE,
                Instant.EPOCH);
    }

    @Test
    void countsPresenceAbsenceAndUnfilledSeatsPerUnitAndBridgePoint() {
        List<Invitation> all = new ArrayList<>();
        Invitation chauThanh = quota("g1", "DT-CHAUTHANH", "UBND huyện Châu Thành", 5, "DT-BP-CHAUTHANH");
        List<Invitation> delegates = chauThanh.nameDelegates(
                List.of(
                        new Nomination("Lê Văn An", "Chủ tịch", "an@ct.example"),
                        new Nomination("Phạm Thị Bé", "Trưởng phòng", "be@ct.example"),
                        new Nomination("Võ Văn Công", "Chánh Văn phòng", "cong@ct.example")),
                List.of("C1", "C2", "C3"),
                BEFORE,
                Answer.Channel.LINK);
        delegates.get(0).checkIn(CheckIn.Presence.ONLINE, null, null, DAY, ON_THE_DAY, CheckIn.Channel.OFFICE);
        delegates.get(1).checkIn(CheckIn.Presence.ABSENT, null, "Ốm", DAY, ON_THE_DAY, CheckIn.Channel.OFFICE);
        Invitation substitute = delegates
                .get(2)
                .substitute(
                        new Nomination("Huỳnh Văn Dũng", "Phó Chánh Văn phòng", "dung@ct.example"),
                        "Đi công tác",
                        "C4",
                        BEFORE,
                        Answer.Channel.LINK);
        substitute.checkIn(CheckIn.Presence.ONLINE, null, null, DAY, ON_THE_DAY, CheckIn.Channel.LINK);
        all.add(chauThanh);
        all.addAll(delegates);
        all.add(substitute);

        Invitation mttq = quota("g2", "DT-MTTQ", "Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp", 2, "DT-TINH");
        mttq.decline("Trùng lịch", BEFORE, Answer.Channel.LINK);
        all.add(mttq);

        Invitation huyen = guest();
        huyen.checkIn(CheckIn.Presence.ONLINE, null, null, DAY, ON_THE_DAY, CheckIn.Channel.LINK);
        all.add(huyen);

        AttendanceReport report = AttendanceReport.of("p3", all);

        assertThat(report.lines())
                .filteredOn(l -> "DT-CHAUTHANH".equals(l.unitCode()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.bridgePointCode()).isEqualTo("DT-BP-CHAUTHANH");
                    assertThat(line.seats()).isEqualTo(5);
                    assertThat(line.presentOnline()).isEqualTo(2);
                    assertThat(line.presentInPerson()).isZero();
                    assertThat(line.absent()).isEqualTo(1);
                    assertThat(line.absences())
                            .singleElement()
                            .satisfies(a -> assertThat(a.reason()).isEqualTo("Ốm"));
                    assertThat(line.unfilledSeats()).isEqualTo(2);
                    assertThat(line.notCheckedIn()).isZero();
                });
        assertThat(report.lines())
                .filteredOn(l -> "DT-MTTQ".equals(l.unitCode()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.absent()).isEqualTo(2);
                    assertThat(line.absences())
                            .singleElement()
                            .satisfies(a -> assertThat(a.reason()).isEqualTo("Trùng lịch"));
                    assertThat(line.unfilledSeats()).isZero();
                });
        assertThat(report.lines())
                .filteredOn(l -> l.unitCode() == null)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.unitName()).isEqualTo("UNDP");
                    assertThat(line.presentOnline()).isEqualTo(1);
                });
        assertThat(report.totals().seats()).isEqualTo(8);
        assertThat(report.totals().presentOnline()).isEqualTo(3);
        assertThat(report.totals().absent()).isEqualTo(3);
    }

    @Test
    void leavesCancelledInvitationsOutAndCountsTheUncheckedAsWaiting() {
        Invitation cancelled = guest();
        cancelled.cancel("Hủy");
        Invitation tg = Invitation.issue(
                InvitationId.derived("p1", "added:person:a@b.example"),
                "p1",
                "tien-giang",
                Invitation.Origin.ADDED,
                new InviteeSpec(
                        "k", new Invitee("A", "B", "TG-SNV", "Sở Nội vụ", null, "a@b.example", null), 1, null, false),
                "C",
                DEADLINE,
                Instant.EPOCH);

        AttendanceReport report = AttendanceReport.of("p1", List.of(cancelled, tg));

        assertThat(report.lines()).singleElement().satisfies(line -> {
            assertThat(line.unitCode()).isEqualTo("TG-SNV");
            assertThat(line.notCheckedIn()).isEqualTo(1);
            assertThat(line.seats()).isEqualTo(1);
        });
    }

    @Test
    void aUnitThatDecidesHowManyItSendsHoldsOneSeatUntilItNamesMore() {
        Invitation waiting = quota("group:a", "TG-SKHDT", "Sở Kế hoạch và Đầu tư", 0, null);
        Invitation named = quota("group:b", "TG-STTTT", "Sở Thông tin và Truyền thông", 0, null);
        List<Invitation> delegates = named.nameDelegates(
                List.of(new Nomination("A", "P", "a@x.example"), new Nomination("B", "P", "b@x.example")),
                List.of("C1", "C2"),
                BEFORE,
                Answer.Channel.LINK);
        List<Invitation> all = new ArrayList<>(List.of(waiting, named));
        all.addAll(delegates);

        AttendanceReport report = AttendanceReport.of("p1", all);

        assertThat(report.lines())
                .filteredOn(line -> "TG-SKHDT".equals(line.unitCode()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.seats()).isEqualTo(1);
                    assertThat(line.unfilledSeats()).isEqualTo(1);
                });
        assertThat(report.lines())
                .filteredOn(line -> "TG-STTTT".equals(line.unitCode()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.seats()).isEqualTo(2);
                    assertThat(line.unfilledSeats()).isZero();
                    assertThat(line.notCheckedIn()).isEqualTo(2);
                });
    }
}
