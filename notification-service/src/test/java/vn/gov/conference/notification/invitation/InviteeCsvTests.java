package vn.gov.conference.notification.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.notification.csv.CsvException;
import vn.gov.conference.platform.web.InvalidInputException;

class InviteeCsvTests {

    @Test
    void readsPeopleAndSeatQuotas() {
        List<InviteeSpec> specs = InviteeCsv.parse("""
                name,position,email,unitCode,unitName,organisation,seats,bridgePoint,category
                Đỗ Thanh Huyền,Chuyên gia,huyen@undp.example,,,UNDP,,,GUEST
                ,,,DT-HONGNGU,UBND huyện Hồng Ngự,,4,DT-BP-HONGNGU,
                Nguyễn Văn Tâm,Phóng viên,tam@baodt.example,,,Báo Đồng Tháp,,,báo chí
                """, true);

        assertThat(specs).hasSize(3);
        assertThat(specs.get(0)).satisfies(guest -> {
            assertThat(guest.seatQuota()).isFalse();
            assertThat(guest.invitee().category()).isEqualTo(Invitee.Category.GUEST);
            assertThat(guest.sourceKey()).isEqualTo("added:person:huyen@undp.example");
        });
        assertThat(specs.get(1)).satisfies(unit -> {
            assertThat(unit.seatQuota()).isTrue();
            assertThat(unit.seats()).isEqualTo(4);
            assertThat(unit.bridgePointCode()).isEqualTo("DT-BP-HONGNGU");
            assertThat(unit.online()).isTrue();
            assertThat(unit.invitee().email()).isNull();
        });
        assertThat(specs.get(2).invitee().category()).isEqualTo(Invitee.Category.PRESS);
    }

    @Test
    void readsVietnameseHeadersFromASpreadsheet() {
        List<InviteeSpec> specs = InviteeCsv.parse(
                "Họ và tên;Chức vụ;Email;Mã đơn vị\n" + "Lê Thị Mai;Chuyên viên;mai@snv.example;DT-SNV\n", false);

        assertThat(specs).singleElement().satisfies(spec -> {
            assertThat(spec.invitee().name()).isEqualTo("Lê Thị Mai");
            assertThat(spec.invitee().unitCode()).isEqualTo("DT-SNV");
            assertThat(spec.invitee().category()).isEqualTo(Invitee.Category.OFFICIAL);
        });
    }

    @Test
    void refusesTheWholeFileNamingEveryBadLine() {
        assertThatThrownBy(() -> InviteeCsv.parse("""
                name,email,unitCode,seats,category
                Lê Thị Mai,,DT-SNV,,
                ,,DT-SADEC,0,
                Trần Văn B,b@x.example,,,VIP
                ,,,,
                Ngô Văn C,c@x.example,,,
                Ngô Văn C,C@x.example,,,
                """, false))
                .isInstanceOfSatisfying(
                        CsvException.class,
                        ex -> assertThat(ex.errors())
                                .extracting(CsvException.LineError::line, CsvException.LineError::column)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(2, "email"),
                                        org.assertj.core.groups.Tuple.tuple(3, "seats"),
                                        org.assertj.core.groups.Tuple.tuple(4, "category"),
                                        org.assertj.core.groups.Tuple.tuple(7, "email")));
    }

    @Test
    void refusesAFileWithNeitherNamesNorUnits() {
        assertThatThrownBy(() -> InviteeCsv.parse("email\na@b.example\n", false))
                .isInstanceOf(CsvException.class);
    }

    @Test
    void refusesUnsafeTextInAnInviteeNamingTheField() {
        assertThatThrownBy(() -> new Invitee(
                        "Trần Văn\u202E An", null, null, null, null, "an@x.example", Invitee.Category.GUEST))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.rule()).isEqualTo("bidi-control");
                });
        assertThatThrownBy(() -> InviteeCsv.parse(
                        "name,position,email\n\"Lê Văn Tám\",\"Phóng\r\nviên\"," + "tam@x.example\n", false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("position"));
    }
}
