package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Multipart;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * The signed original of an approved plan: uploaded by the office as a streamed PDF with its SHA-256, refused
 * before approval, as anything but a PDF and to a department; read back by the plan's readers and by delegates with
 * the portal link; announced on the material topic.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class SignedOriginalIntegrationTests {

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    SignedLinks links;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.MATERIAL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    private Response upload(ApiClient api, String planId, String token, Multipart file) {
        return api.send(api.request("/api/plans/" + planId + "/signed-original", token)
                .header("Content-Type", file.contentType())
                .POST(file.body())
                .build());
    }

    private String approvedPlan(MaterialsApi api) {
        PlanSnapshot plan = Plans.tienGiang(10);
        api.approve(plan, 5);
        return plan.planId();
    }

    @Test
    void storesTheSignedPdfWithItsSha256AndServesItToThePlansReadersAndDelegates() {
        MaterialsApi api = new MaterialsApi(port);
        String planId = approvedPlan(api);
        byte[] pdf = SampleFiles.pdf("Kế hoạch 276/KH-UBND đã ký");

        Response attached = upload(
                api.client(),
                planId,
                MaterialsApi.office(),
                Multipart.file("Kế hoạch 276-KH-UBND (bản ký).pdf", "application/pdf", pdf));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonNode view = attached.json();
        assertThat(view.get("sha256").asString()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(view.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(view.get("documentNumber").asString()).isEqualTo("276/KH-UBND");

        Response listed =
                api.client().get("/api/plans/" + planId + "/signed-original", MaterialsApi.department("TG-SNV"));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("sha256").asString()).isEqualTo(SampleFiles.sha256(pdf));
        Response content = api.client().get("/api/plans/" + planId + "/signed-original/content", TestTokens.central());
        assertThat(content.contentType()).startsWith("application/pdf");
        assertThat(SampleFiles.sha256(content.bytes()))
                .isEqualTo(view.get("sha256").asString());

        String portalLink = links.sign("portal", planId, Instant.now().plus(Duration.ofDays(30)));
        Response delegate =
                api.client().get("/api/plans/" + planId + "/portal/signed-original?sig=" + portalLink, null);
        assertThat(delegate.status()).isEqualTo(200);
        assertThat(delegate.bytes()).isEqualTo(pdf);
        String otherPlan = links.sign("portal", "another-plan", Instant.now().plus(Duration.ofDays(30)));
        assertThat(api.client()
                        .get("/api/plans/" + planId + "/portal/signed-original?sig=" + otherPlan, null)
                        .status())
                .isEqualTo(403);

        SignedOriginalAttached event = events.await(
                        EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(), recorded -> planId.equals(recorded.key()))
                .payload(SignedOriginalAttached.class);
        assertThat(event.sha256()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(event.contentPath()).isEqualTo("/api/plans/" + planId + "/portal/signed-original");
        assertThat(event.documentNumber()).isEqualTo("276/KH-UBND");
    }

    @Test
    void refusesBeforeApprovalAnythingButAPdfAndEveryoneButTheOffice() {
        MaterialsApi api = new MaterialsApi(port);
        byte[] pdf = SampleFiles.pdf("Kế hoạch");

        Response early = upload(
                api.client(),
                "plan-not-approved",
                MaterialsApi.office(),
                Multipart.file("ke-hoach.pdf", "application/pdf", pdf));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asString()).isEqualTo("not-approved");

        String planId = approvedPlan(api);
        Response docx = upload(
                api.client(),
                planId,
                MaterialsApi.office(),
                Multipart.file("ke-hoach.docx", "application/octet-stream", SampleFiles.docx("Kế hoạch")));
        assertThat(docx.status()).isEqualTo(415);
        assertThat(docx.contentType()).startsWith("application/problem+json");
        assertThat(docx.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(api.client()
                        .get("/api/plans/" + planId + "/signed-original", MaterialsApi.office())
                        .status())
                .as("nothing was attached")
                .isEqualTo(404);

        assertThat(upload(
                                api.client(),
                                planId,
                                MaterialsApi.department("TG-SNV"),
                                Multipart.file("ke-hoach.pdf", "application/pdf", pdf))
                        .status())
                .isEqualTo(403);
        assertThat(upload(
                                api.client(),
                                planId,
                                TestTokens.office("dong-thap"),
                                Multipart.file("ke-hoach.pdf", "application/pdf", pdf))
                        .status())
                .isIn(403, 404);
        assertThat(api.client()
                        .get("/api/plans/" + planId + "/portal/signed-original", null)
                        .status())
                .isEqualTo(401);
        assertThat(events.during(
                        Duration.ofSeconds(1),
                        EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                        recorded -> planId.equals(recorded.key())))
                .isEmpty();
    }
}
