package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackend;
import vn.gov.conference.gateway.StubBackends;

class RoutingIntegrationTests extends GatewayIntegrationTest {

    /** The layout of DESIGN.md: a plan's agenda, invitations and materials belong to other services than the plan. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            POST, /api/plans,                                  plan-service
            GET,  /api/plans,                                  plan-service
            GET,  /api/plans/p-1,                              plan-service
            POST, /api/plans/p-1/approve,                      plan-service
            GET,  /api/plans/p-1/readiness,                    plan-service
            GET,  /api/readiness,                              plan-service
            GET,  /api/reference/units,                        plan-service
            GET,  /api/registers/indices,                      plan-service
            PUT,  /api/plans/p-1/agenda,                       agenda-service
            GET,  /api/plans/p-1/agenda/timeline,              agenda-service
            POST, /api/plans/p-1/agenda/publish,               agenda-service
            GET,  /api/rooms,                                  agenda-service
            GET,  /api/rooms/r-1/conflicts,                    agenda-service
            GET,  /api/plans/p-1/invitations,                  notification-service
            POST, /api/plans/p-1/invitations/import,           notification-service
            GET,  /api/plans/p-1/attendance,                   notification-service
            POST, /api/plans/p-1/desk-links,                   notification-service
            POST, /api/plans/p-1/reminders,                    notification-service
            POST, /api/plans/p-1/signed-original,              documents-service
            GET,  /api/plans/p-1/signed-original/content,      documents-service
            GET,  /api/plans/p-1/document,                     plan-service
            POST, /api/invitations/i-1/check-in,               notification-service
            GET,  /api/emails,                                 notification-service
            GET,  /api/directory/units,                        notification-service
            GET,  /api/plans/p-1/material-requests,            documents-service
            POST, /api/material-requests/m-1/accept,           documents-service
            GET,  /api/documents/d-1/content,                  documents-service
            GET,  /api/documents/d-1/versions,                 documents-service
            POST, /api/plans/p-1/publications,                 documents-service
            GET,  /api/plans/p-1/portal,                       documents-service
            GET,  /api/portal/p-1,                             documents-service
            """)
    void routesEachPathToTheServiceThatOwnsIt(String method, String path, String service) {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized(path, "tg-office")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(response))
                .containsEntry("service", service)
                .containsEntry("method", method)
                .containsEntry("path", path);
        StubBackends.reset();
    }

    @Test
    void letsADepartmentSubmitAMaterialThroughTheGateway() throws Exception {
        StubBackend documents = StubBackends.of(Services.DOCUMENTS);
        String boundary = "----conference-test-boundary";
        byte[] file = new byte[180 * 1024];
        new Random(276).nextBytes(file);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"Báo cáo PAR Index 2023 - Sở Nội vụ.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] multipart = body.toByteArray();

        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/material-requests/mr-276-snv/submissions", "tg-snv")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)));

        assertThat(response.statusCode()).isEqualTo(201);
        StubBackend.Received received = documents.lastReceived();
        assertThat(received.path()).isEqualTo("/api/material-requests/mr-276-snv/submissions");
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + this.gateway.token("tg-snv"));
        assertThat(received.header("Content-Type")).isEqualTo("multipart/form-data; boundary=" + boundary);
        assertThat(received.header("Content-Length"))
                .as("the caller's length relayed, not re-framed in chunks")
                .isEqualTo(String.valueOf(multipart.length));
        assertThat(received.header("Transfer-Encoding")).isNull();
        assertThat(received.bodyBytes()).isEqualTo(multipart.length);
        assertThat(received.bodySha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(multipart)));
    }

    @Test
    void keepsTheQueryStringAndTheBackendsStatusAndBody() {
        HttpResponse<String> response =
                this.gateway.get("/api/plans?province=tien-giang&index=PAR%20Index&year=2023", "central");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, Object> answer = GatewayClient.json(response);
        assertThat(answer).containsEntry("service", Services.PLAN);
        assertThat(answer.get("query").toString())
                .contains("province=tien-giang")
                .contains("year=2023")
                .containsAnyOf("index=PAR%20Index", "index=PAR+Index");
    }

    @Test
    void answersWithOneRequestIdAndNoCorsHeadersOfTheBackend() {
        HttpResponse<String> response = this.gateway.get("/api/rooms", "tg-office");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("X-Request-Id"))
                .singleElement()
                .satisfies(id -> assertThat(id).isNotEqualTo("set-by-agenda-service"));
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-"));
    }

    @Test
    void answersPathsNoServiceOwnsWith404ForAnAuthenticatedCaller() {
        HttpResponse<String> response = this.gateway.get("/api/unknown", "tg-office");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response)).containsEntry("status", 404);
    }
}
