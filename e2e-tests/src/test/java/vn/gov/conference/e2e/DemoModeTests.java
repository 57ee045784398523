package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Steps.counts;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.localstack.StackOptions;

/**
 * {@code ./run.sh --demo}: the launcher's demo loader (found on the class path as the README's command finds it)
 * loads both seed plans through the gateway into a fresh stack whose clock it sets to 08:00 26/7/2024; loading
 * again, as a restart with {@code --demo} does, finds them instead of adding copies. Last, on a stack of its own.
 */
@Order(5)
@ExtendWith(EndToEndStack.Lifecycle.class)
class DemoModeTests {

    @Test
    void theDemoModeLoadsBothSeedPlansAndLoadingAgainAddsNothing() throws Exception {
        EndToEndStack.Running demo = EndToEndStack.demo();
        Gateway gateway = demo.gateway();

        String summary = demo.stack().demoSummary().orElseThrow();
        assertThat(summary)
                .startsWith("Tiền Giang 276/KH-UBND")
                .contains("Đồng Tháp 1/KH-UBND")
                .contains("07:30 08/08/2024")
                .contains("08:00 07/07/2021")
                .doesNotContain("failed");
        JsonNode plans =
                expect(gateway.get("central", "/api/plans?size=100"), 200).get("items");
        assertThat(plans).hasSize(2);
        JsonNode tienGiang = only(plans, "plan 276", field("/province", "tien-giang"));
        assertThat(tienGiang.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(tienGiang.get("issuedOn").asString()).isEqualTo("2024-07-18");
        assertThat(OffsetDateTime.parse(tienGiang.at("/time/start").asString())).isEqualTo(Moments.TIEN_GIANG_START);
        JsonNode dongThap = only(plans, "the online conference", field("/province", "dong-thap"));
        assertThat(dongThap.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(dongThap.get("issuedOn").asString()).isEqualTo("2021-06-28");

        JsonNode tgReadiness = Steps.awaitReadiness(
                gateway,
                "tg-office",
                tienGiang.get("id").asString(),
                List.of(40, 0, 0, 0, 40, 0),
                List.of(10, 0, 0, 0, 0, 3));
        assertThat(tgReadiness.at("/agenda/published").asBoolean()).isTrue();
        JsonNode dtReadiness = Steps.awaitReadiness(
                gateway,
                "dt-office",
                dongThap.get("id").asString(),
                List.of(54, 0, 0, 0, 54, 0),
                List.of(15, 0, 0, 0, 0, 0));
        assertThat(dtReadiness.at("/agenda/revision").asInt()).isEqualTo(1);
        assertThat(demo.mailbox()
                        .await("mytho@tiengiang.conference.example", "Thời gian chính thức: ")
                        .text())
                .contains("7 giờ 30, thứ Năm, ngày 8/8/2024");

        String again = StackOptions.forRepository(EndToEndStack.repositoryRoot())
                .demoData()
                .load(demo.stack().addresses());

        assertThat(again).isEqualTo(summary);
        assertThat(expect(gateway.get("central", "/api/plans?size=100"), 200).get("items"))
                .hasSize(2);
        assertThat(counts(
                        expect(
                                gateway.get(
                                        "tg-office",
                                        "/api/plans/" + tienGiang.get("id").asString() + "/agenda"),
                                200),
                        "revision"))
                .containsExactly(1);
    }
}
