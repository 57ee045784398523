package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.documents.testing.MaterialsApi.department;
import static vn.gov.conference.documents.testing.MaterialsApi.office;
import static vn.gov.conference.documents.testing.MaterialsApi.request;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Multipart;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * A direct call (not through the gateway) is held to the gateway's limits: uploads to the upload limit, every other
 * body to the body limit, 413 problem+json either way. Small limits here; the defaults are the gateway's.
 */
@IntegrationTest
@TestPropertySource(properties = {"conference.limits.max-body-size=8KB", "conference.limits.max-upload-size=256KB"})
@ExtendWith(DocumentedAnswers.class)
class BodyLimitsIntegrationTests {

    @LocalServerPort
    int port;

    private MaterialsApi api;
    private List<JsonNode> opened;

    @BeforeEach
    void approvePlan() {
        api = new MaterialsApi(port);
        opened = api.approve(Plans.tienGiang(7), 6);
    }

    @Test
    void takesAnUploadPastTheBodyLimitWithinTheUploadLimit() {
        byte[] pdf = Arrays.copyOf(SampleFiles.pdf("Trong gioi han"), 100 * 1024);

        ApiClient.Response answer =
                api.submit(id(Plans.SKHDT_REPORT), department("TG-SKHDT"), "báo cáo.pdf", null, pdf);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void refusesAnUploadPastTheUploadLimitWith413WhetherDeclaredOrChunked() {
        byte[] pdf = Arrays.copyOf(SampleFiles.pdf("Qua gioi han"), 300 * 1024);

        assertTooLarge(api.submit(id(Plans.SKHDT_REPORT), department("TG-SKHDT"), "lớn.pdf", null, pdf));
        assertTooLarge(api.submit(
                id(Plans.SKHDT_REPORT),
                department("TG-SKHDT"),
                Multipart.file("lớn.pdf", null, () -> new ByteArrayInputStream(pdf))));
    }

    @Test
    void refusesAJsonBodyPastTheBodyLimitWith413() {
        String note = "x".repeat(9 * 1024);
        assertTooLarge(api.post(
                "/api/plans/" + opened.getFirst().get("planId").asString() + "/publications",
                office(),
                "{\"documents\":[],\"note\":\"" + note + "\"}"));
    }

    private static void assertTooLarge(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString())
                .isEqualTo("https://conference.gov.vn/problems/content-too-large");
    }

    private String id(String assignmentId) {
        return request(opened, assignmentId).get("id").asString();
    }
}
