package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.gov.conference.platform.security.Role;

class ClientsFileTests {

    @Test
    void seedsAClientForEveryRoleInBothSeedProvinces() {
        List<ClientRegistration> clients = ClientsFile.read(new ClassPathResource("demo-clients.yml"));

        assertThat(clients).hasSize(20);
        assertThat(clients)
                .filteredOn(client -> client.role() == Role.ADMIN)
                .singleElement()
                .satisfies(admin -> {
                    assertThat(admin.id()).isEqualTo("admin");
                    assertThat(admin.province()).isNull();
                });
        assertThat(clients)
                .filteredOn(client -> client.role() == Role.CENTRAL)
                .singleElement()
                .satisfies(central -> {
                    assertThat(central.province()).isNull();
                    assertThat(central.unit()).isEqualTo("BNV");
                });
        for (String province : List.of("tien-giang", "dong-thap")) {
            assertThat(clients)
                    .filteredOn(client -> province.equals(client.province()))
                    .extracting(ClientRegistration::role)
                    .contains(Role.OFFICE, Role.APPROVER, Role.DEPARTMENT);
        }
        assertThat(clients).allSatisfy(client -> assertThat(client.secret()).isEqualTo(client.id() + "-secret"));
        assertThat(clients)
                .filteredOn(client -> client.id().equals("dt-sadec"))
                .singleElement()
                .satisfies(sadec -> assertThat(sadec.name()).isEqualTo("Ủy ban nhân dân thành phố Sa Đéc"));
    }

    @Test
    void refusesACentralClientWithAProvince() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClientRegistration("central", "s", null, Role.CENTRAL, "tien-giang", "BNV"))
                .withMessageContaining("no province");
    }

    @Test
    void refusesAProvincialClientWithoutAProvinceSlug() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClientRegistration("tg-snv", "s", null, Role.DEPARTMENT, null, "TG-SNV"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClientRegistration("tg-snv", "s", null, Role.DEPARTMENT, "Tiền Giang", "TG-SNV"));
    }

    @Test
    void refusesAFileListingAClientTwice() {
        ByteArrayResource file = new ByteArrayResource("""
                clients:
                  - {id: tg-snv, secret: a, role: DEPARTMENT, province: tien-giang, unit: TG-SNV}
                  - {id: tg-snv, secret: b, role: DEPARTMENT, province: tien-giang, unit: TG-SNV}
                """.getBytes(StandardCharsets.UTF_8));

        assertThatIllegalStateException()
                .isThrownBy(() -> ClientsFile.read(file))
                .withMessageContaining("twice");
    }

    @Test
    void refusesAnUnknownRole() {
        ByteArrayResource file = new ByteArrayResource("""
                clients:
                  - {id: tg-snv, secret: a, role: MINISTER, province: tien-giang, unit: TG-SNV}
                """.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ClientsFile.read(file)).hasStackTraceContaining("MINISTER");
    }
}
