package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Gateway.refused;
import static vn.gov.conference.e2e.Steps.counts;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The central agency (Bộ Nội vụ) after both seed scenarios: one deployment, both provinces side by side, read-only.
 * It reads what {@link DongThapScenarioTests} and {@link TienGiangScenarioTests} left on the running stack, so it runs
 * after them (class order) and only as part of the module's run.
 */
@Order(4)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CentralViewTests {

    private static final String CENTRAL = "central";
    private static final String[] TOTALS = {
        "plans",
        "agendasPublished",
        "invitationsIssued",
        "accepted",
        "declined",
        "materialsRequested",
        "materialsAccepted",
        "materialsLate",
        "materialsOverdue"
    };

    private Gateway gateway;
    private String tienGiang;
    private String dongThap;

    @BeforeAll
    void theStackTheScenariosLeft() {
        gateway = EndToEndStack.current().gateway();
        tienGiang = planTitled(
                "tien-giang", Seeds.read(Seeds.TIEN_GIANG_PLAN).get("title").asString());
        dongThap = planTitled(
                "dong-thap", Seeds.read(Seeds.DONG_THAP_PLAN).get("title").asString());
    }

    @Test
    @Order(1)
    void theCentralAgencySeesBothProvincesSideBySide() {
        JsonNode view = expect(gateway.get(CENTRAL, "/api/readiness"), 200);

        assertThat(Seeds.texts(view.get("provinces"), "province")).containsExactlyInAnyOrder("tien-giang", "dong-thap");
        JsonNode tg = only(view.get("provinces"), "Tiền Giang", field("/province", "tien-giang"));
        assertThat(tg.get("name").asString()).isEqualTo("Tiền Giang");
        assertThat(counts(tg.get("totals"), TOTALS)).containsExactly(1, 1, 44, 5, 1, 12, 9, 2, 1);
        JsonNode tgRow = only(tg.get("plans"), "plan 276", field("/planId", tienGiang));
        assertThat(tgRow.get("documentNumber").asString()).isEqualTo("276/KH-UBND");
        assertThat(tgRow.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(counts(tgRow.get("invitations"), Steps.INVITATION_COUNTS)).containsExactly(44, 5, 1, 1, 37, 2);
        assertThat(tgRow.at("/materials/items").isArray())
                .as("no per-request detail side by side")
                .isFalse();

        JsonNode dt = only(view.get("provinces"), "Đồng Tháp", field("/province", "dong-thap"));
        assertThat(dt.get("name").asString()).isEqualTo("Đồng Tháp");
        JsonNode dtRow = only(dt.get("plans"), "the online conference", field("/planId", dongThap));
        assertThat(counts(dtRow.get("invitations"), Steps.INVITATION_COUNTS)).containsExactly(56, 3, 1, 1, 51, 2);
        assertThat(counts(dtRow.get("materials"), Steps.MATERIAL_COUNTS)).containsExactly(15, 13, 13, 0, 0, 0);
        assertThat(dtRow.at("/materials/published").asBoolean()).isTrue();
    }

    /** The walking skeleton's plan reviews PAR only: the PAPI filter leaves Đồng Tháp's seed alone in its column. */
    @Test
    @Order(2)
    void filtersByIndexYearAndOverdueWork() {
        JsonNode papi2020 = expect(gateway.get(CENTRAL, "/api/readiness?index=PAPI&year=2020"), 200);
        assertThat(papi2020.get("provinces")).singleElement().satisfies(dt -> {
            assertThat(dt.get("province").asString()).isEqualTo("dong-thap");
            assertThat(counts(dt.get("totals"), TOTALS)).containsExactly(1, 1, 56, 3, 1, 15, 13, 0, 0);
        });

        JsonNode overdue = expect(gateway.get(CENTRAL, "/api/readiness?overdue=true"), 200);
        assertThat(overdue.get("provinces"))
                .singleElement()
                .satisfies(
                        tg -> assertThat(Seeds.texts(tg.get("plans"), "planId")).containsExactly(tienGiang));
    }

    @Test
    @Order(3)
    void readsEveryProvinceButWritesNothingOfTheirs() {
        assertThat(gateway.all(CENTRAL, "/api/plans/" + dongThap + "/material-requests"))
                .hasSize(15);
        assertThat(gateway.all(CENTRAL, "/api/plans/" + tienGiang + "/invitations"))
                .hasSize(44);
        refused(gateway.post(CENTRAL, "/api/plans/" + tienGiang + "/hold", Map.of()), 403, null);
        refused(gateway.post(CENTRAL, "/api/plans/" + dongThap + "/agenda/publish", Map.of()), 403, null);

        JsonNode ownOnly = expect(gateway.get("tg-office", "/api/readiness"), 200);
        assertThat(Seeds.texts(ownOnly.get("provinces"), "province")).containsExactly("tien-giang");
        refused(gateway.get("tg-snv", "/api/readiness"), 403, null);
    }

    /** Bộ Nội vụ's question: who has not planned its review yet? Every province in force, planned or not. */
    @Test
    @Order(4)
    void coversEveryProvinceInForceIncludingThoseWithoutAPlan() {
        JsonNode coverage = expect(gateway.get(CENTRAL, "/api/readiness/coverage?year=2023&on=2026-01-01"), 200);

        assertThat(coverage.get("provinces")).hasSize(34);
        JsonNode dongThap = only(coverage.get("provinces"), "Đồng Tháp", field("/code", "dong-thap"));
        assertThat(Seeds.texts(dongThap.get("includes"), null)).contains("tien-giang");
        assertThat(dongThap.get("planned").asBoolean())
                .as("Tiền Giang's 2023 review, now Đồng Tháp's history")
                .isTrue();
        JsonNode haNoi = only(coverage.get("provinces"), "Hà Nội", field("/code", "ha-noi"));
        assertThat(haNoi.get("planned").asBoolean()).isFalse();
        refused(gateway.get("tg-office", "/api/readiness/coverage?year=2023"), 403, null);
    }

    private String planTitled(String province, String title) {
        JsonNode found = expect(gateway.get(CENTRAL, "/api/plans?province=" + province + "&size=100"), 200);
        List<String> ids = Steps.all(found.get("items"), field("/title", title)).stream()
                .map(plan -> plan.get("id").asString())
                .toList();
        assertThat(ids)
                .as("the seed plan of %s, which the scenario before this class creates", province)
                .hasSize(1);
        return ids.getFirst();
    }
}
