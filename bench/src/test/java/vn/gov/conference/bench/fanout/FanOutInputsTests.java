package vn.gov.conference.bench.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FanOutInputsTests {

    @Test
    void spreadsInviteesOverAllThirtyFourProvincesWithUniqueAddresses() {
        List<InviteeList.Invitee> invitees = InviteeList.of(10_000, "hoi-nghi.bench.example");

        Set<String> provinces = new HashSet<>();
        Set<String> emails = new HashSet<>();
        invitees.forEach(i -> {
            provinces.add(i.province());
            emails.add(i.email());
        });
        assertThat(InviteeList.PROVINCES).hasSize(34).doesNotHaveDuplicates();
        assertThat(provinces).hasSize(34);
        assertThat(emails).hasSize(10_000);
        assertThat(invitees.get(1).email()).isEqualTo("db00001.hue@hoi-nghi.bench.example");
        assertThat(invitees).allMatch(i -> Normalizer.isNormalized(i.name() + i.unitName(), Normalizer.Form.NFC));
    }

    @Test
    void writesTheColumnsTheImportReads() {
        String csv = InviteeList.csv(InviteeList.of(1, "x.example"));

        assertThat(csv)
                .isEqualTo("name,position,email,unitCode,unitName,organisation\n"
                        + "Nguyễn Văn An,Giám đốc,db00000.ha-noi@x.example,HA-NOI-UBND,Ủy ban nhân dân thành phố Hà Nội,"
                        + "Ủy ban nhân dân thành phố Hà Nội\n");
    }

    @Test
    void foldsProvinceNamesIntoAsciiSlugs() {
        assertThat(InviteeList.slug("Đắk Lắk")).isEqualTo("dak-lak");
        assertThat(InviteeList.slug("Hồ Chí Minh")).isEqualTo("ho-chi-minh");
    }

    @Test
    void makesSmtpDataTransparent() {
        byte[] source = "Subject: x\n\n.dòng bắt đầu bằng dấu chấm\nkết thúc".getBytes(StandardCharsets.UTF_8);

        String data = new String(RawSmtp.dataBlock(source), StandardCharsets.UTF_8);

        assertThat(data).isEqualTo("Subject: x\r\n\r\n..dòng bắt đầu bằng dấu chấm\r\nkết thúc\r\n");
    }
}
