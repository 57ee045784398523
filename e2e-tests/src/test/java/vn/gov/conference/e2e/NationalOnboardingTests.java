package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.e2e.Gateway.expect;
import static vn.gov.conference.e2e.Gateway.refused;
import static vn.gov.conference.e2e.Steps.field;
import static vn.gov.conference.e2e.Steps.only;

import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14 on the running stack, with no restart between the steps: the reference data knows the whole country (63
 * provinces before 1/7/2025, 34 after); the central agency's operator ({@code admin}) onboards Hà Nội, which has never
 * planned a review, with an office, an approver and a department client; their tokens draft, approve and supply the
 * first plan; a unit dissolved in 2025 is refused naming its successor; the department's client, once revoked, gets
 * no token.
 */
@Order(7)
@ExtendWith({EndToEndStack.Lifecycle.class, StopAfterFirstFailure.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalOnboardingTests {

    private static final String ADMIN = "admin";
    private static final String PROVINCE = "ha-noi";

    private static Gateway gateway;
    private static String office;
    private static String approver;
    private static String department;
    private static String planId;

    @Test
    @Order(1)
    void theReferenceDataKnowsTheWholeCountryBeforeAndAfterTheMergers() {
        gateway = EndToEndStack.at(Moments.NATIONAL_ONBOARDING).gateway();

        JsonNode after = expect(gateway.get(ADMIN, "/api/reference/provinces?on=2026-01-01"), 200);
        assertThat(after).hasSize(34);
        JsonNode dongThap = only(after, "Đồng Tháp", field("/code", "dong-thap"));
        assertThat(Seeds.texts(dongThap.get("predecessors"), null)).contains("tien-giang");
        assertThat(expect(gateway.get(ADMIN, "/api/reference/provinces?on=2024-07-18"), 200))
                .hasSize(63);
        JsonNode haNoi = only(after, "Hà Nội", field("/code", PROVINCE));
        assertThat(haNoi.get("name").asString()).isEqualTo("Hà Nội");
    }

    @Test
    @Order(2)
    void theCentralAgencyOnboardsAProvinceWithoutARestart() {
        office = created(client("Văn phòng UBND thành phố Hà Nội", "OFFICE", "HN-VPUBND"));
        approver = created(client("Chủ tịch UBND thành phố Hà Nội", "APPROVER", "HN-UBND"));
        department = created(client("Sở Nội vụ thành phố Hà Nội", "DEPARTMENT", "HN-SNV"));

        JsonNode listed = expect(gateway.get(ADMIN, "/api/clients?province=" + PROVINCE), 200);
        assertThat(Seeds.texts(listed.get("items"), "clientId")).contains(office, approver, department);
        assertThat(listed.toString()).as("a secret is shown once, never listed").doesNotContain("clientSecret");
        refused(
                gateway.post(ADMIN, "/api/clients", client("Sở Nội vụ tỉnh Đồng Tháp", "DEPARTMENT", "DT-SNV")),
                422,
                null);
        assertThat(gateway.post("tg-office", "/api/clients", client("Sở Tài chính", "DEPARTMENT", "HN-STC"))
                        .status())
                .as("another province's office cannot make Hà Nội's clients")
                .isIn(403, 404);
    }

    @Test
    @Order(3)
    void theNewOfficeDraftsTheApproverApprovesAndTheDepartmentSupplies() {
        ObjectNode dissolved = plan();
        ((ObjectNode) dissolved.withArray("/participants/groups").get(0)).put("unit", "HN-SKHDT");
        JsonNode refusal = gateway.post(office, "/api/plans", dissolved).json();
        assertThat(refusal.toString())
                .as("the dissolved unit and its successor are named")
                .contains("HN-SKHDT")
                .contains("HN-STC");

        JsonNode drafted = expect(gateway.post(office, "/api/plans", plan()), 201);
        planId = drafted.get("id").asString();
        JsonNode pci = only(drafted.get("indices"), "PCI", field("/code", "PCI"));
        assertThat(pci.toString())
                .as("the PCI lead in 2026 is the finance department")
                .contains("HN-STC");
        expect(gateway.post(office, "/api/plans/" + planId + "/submit", Map.of()), 200);
        JsonNode approved = expect(gateway.post(approver, "/api/plans/" + planId + "/approve", Map.of()), 200);
        assertThat(approved.get("documentNumber").asString()).isEqualTo("1/KH-UBND");
        refused(gateway.get("dt-office", "/api/plans/" + planId), 404, null);

        JsonNode requests = Await.until(
                "the material request documents-service opens for Hà Nội's plan",
                () -> gateway.all(department, "/api/plans/" + planId + "/material-requests"),
                list -> !list.isEmpty());
        String request = requests.get(0).get("id").asString();
        byte[] report = SampleFiles.pdf("Báo cáo kết quả Chỉ số cải cách hành chính năm 2025");
        JsonNode version = expect(
                gateway.upload(
                        department,
                        "/api/material-requests/" + request + "/submissions",
                        "Báo cáo PAR Index 2025.pdf",
                        SampleFiles.PDF,
                        report),
                201);
        assertThat(version.toString()).contains(SampleFiles.sha256(report));
    }

    @Test
    @Order(4)
    void aRevokedClientGetsNoNewTokenAndItsTokenStopsWorking() {
        String secret = expect(gateway.post(ADMIN, "/api/clients/" + department + "/secret", Map.of()), 200)
                .get("clientSecret")
                .asString();
        assertThat(gateway.signIn(department, secret).status())
                .as("the rotated secret works")
                .isEqualTo(200);

        assertThat(gateway.delete(ADMIN, "/api/clients/" + department).status()).isIn(200, 204);

        assertThat(gateway.signIn(department, secret).status())
                .as("no new token once revoked")
                .isIn(400, 401);
        Await.until(
                "the gateway to refuse the revoked client's token",
                () -> gateway.get(department, "/api/plans/" + planId + "/material-requests"),
                answer -> answer.status() == 401);
        JsonNode coverage = expect(gateway.get("central", "/api/readiness/coverage?year=2025"), 200);
        assertThat(only(coverage.get("provinces"), "Hà Nội", field("/code", PROVINCE))
                        .get("planned")
                        .asBoolean())
                .isTrue();
    }

    private static ObjectNode client(String name, String role, String unit) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("name", name)
                .put("role", role)
                .put("province", PROVINCE)
                .put("unit", unit);
    }

    /** Creates the client through the API and signs it in with the secret the answer shows once. */
    private static String created(ObjectNode body) {
        JsonNode answer = expect(gateway.post(ADMIN, "/api/clients", body), 201);
        String clientId = answer.get("clientId").asString();
        assertThat(gateway.signIn(clientId, answer.get("clientSecret").asString())
                        .status())
                .isEqualTo(200);
        return clientId;
    }

    /** Hà Nội's first review conference: PAR Index and PCI 2025, in person, 13:30 15/4/2026. */
    private static ObjectNode plan() {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        plan.put("province", PROVINCE)
                .put("issuingBody", "HN-UBND")
                .put(
                        "title",
                        "Tổ chức Hội nghị đánh giá Chỉ số cải cách hành chính và Chỉ số năng lực cạnh tranh "
                                + "cấp tỉnh năm 2025 của thành phố Hà Nội");
        plan.putArray("preamble")
                .add("Nhằm đánh giá kết quả các chỉ số năm 2025, Ủy ban nhân dân thành phố ban "
                        + "hành Kế hoạch tổ chức Hội nghị như sau:");
        ArrayNode indices = plan.putArray("indices");
        indices.addObject().put("code", "PAR").put("year", 2025);
        indices.addObject().put("code", "PCI").put("year", 2025);
        ObjectNode participants = plan.putObject("participants");
        participants
                .putArray("groups")
                .addObject()
                .put("id", "snv")
                .put("level", "PROVINCE")
                .put("unit", "HN-SNV")
                .put("role", "Lãnh đạo Sở Nội vụ")
                .put("count", 2);
        participants.putArray("bridgePoints");
        participants.putArray("externalGuests");
        plan.put("chair", "Chủ tịch Ủy ban nhân dân thành phố").put("format", "IN_PERSON");
        plan.putObject("venue")
                .put("room", "Hội trường Ủy ban nhân dân thành phố")
                .put("address", "Hà Nội");
        plan.putObject("time").put("start", "2026-04-15T13:30:00+07:00");
        plan.putObject("budget").put("source", "Ngân sách thành phố năm 2026").put("managedBy", "HN-SNV");
        ObjectNode assignment = plan.putArray("assignments").addObject();
        assignment
                .put("id", "snv-bao-cao")
                .put("owner", "HN-SNV")
                .put("task", "Chuẩn bị báo cáo kết quả Chỉ số cải cách hành chính năm 2025");
        assignment
                .putArray("deliverables")
                .addObject()
                .put("kind", "REPORT")
                .put("title", "Báo cáo kết quả Chỉ số cải cách hành chính năm 2025");
        assignment.put("dueBefore", "2026-04-08").put("recipient", "HN-VPUBND");
        plan.putArray("distribution").addObject().put("text", "Bộ Nội vụ").putArray("units");
        plan.putObject("signer")
                .put("name", "Nguyễn Văn A")
                .put("title", "Chủ tịch")
                .put("capacity", "TM. Ủy ban nhân dân");
        plan.put("replacesInvitationLetter", false);
        return plan;
    }
}
