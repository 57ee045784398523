package vn.gov.conference.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.testing.contracts.OpenApiCheck;

class ApiDocsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void listsTheGatewayAndEveryServiceInOneSwaggerUi() {
        assertThat(this.gateway.get("/swagger-ui.html").statusCode()).isIn(200, 302);
        assertThat(this.gateway.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);

        HttpResponse<String> config = this.gateway.get("/v3/api-docs/swagger-config");

        assertThat(config.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls =
                (List<Map<String, String>>) GatewayClient.json(config).get("urls");
        assertThat(urls)
                .extracting(url -> url.get("name") + " " + url.get("url"))
                .containsExactlyInAnyOrder(
                        "gateway /v3/api-docs",
                        "plan-service /v3/api-docs/plan-service",
                        "agenda-service /v3/api-docs/agenda-service",
                        "notification-service /v3/api-docs/notification-service",
                        "documents-service /v3/api-docs/documents-service");
    }

    @Test
    void describesHowToObtainATokenAndManageClientsInTheGatewaysOwnDocument() {
        HttpResponse<String> document = this.gateway.get("/v3/api-docs");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("\"tokenUrl\":\"/oauth2/token\"")
                .contains("clientCredentials")
                .contains("\"/api/clients\"")
                .doesNotContain("\"/api/plans")
                .doesNotContain("\"/api/invitations")
                .doesNotContain("\"/error\"");
    }

    @Test
    void theGatewaysOwnDocumentParsesWithoutAMessage() {
        assertThat(OpenApiCheck.parserMessages(this.gateway.get("/v3/api-docs").body()))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "agenda-service", "notification-service", "documents-service"})
    void servesEachServicesOpenApiWithoutATokenPointingAtTheGateway(String service) {
        HttpResponse<String> document = this.gateway.get("/v3/api-docs/" + service);

        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> openApi = GatewayClient.json(document);
        assertThat(openApi).containsEntry("openapi", "3.1.0");
        assertThat(openApi.get("info").toString()).contains(service);
        assertThat(openApi.get("servers").toString())
                .contains("http://127.0.0.1:")
                .doesNotContain(StubBackends.of(service).uri().toString());
        assertThat(StubBackends.of(service).lastReceived().path()).isEqualTo("/v3/api-docs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan-service", "agenda-service", "notification-service", "documents-service"})
    void servesEachServicesAsyncApiDocument(String service) {
        HttpResponse<String> document = this.gateway.get("/asyncapi/" + service + ".json");

        assertThat(document.statusCode()).isEqualTo(200);
        Map<String, Object> asyncApi = GatewayClient.json(document);
        assertThat(asyncApi).containsEntry("asyncapi", "3.0.0");
        assertThat(asyncApi.get("channels").toString()).contains("conference." + service + ".v1");
        assertThat(StubBackends.of(service).lastReceived().path()).isEqualTo("/asyncapi.json");
    }

    @Test
    void indexesTheAsyncApiDocumentsForPeopleAndMachines() {
        HttpResponse<String> page = this.gateway.send(
                this.gateway.request("/asyncapi").header("Accept", "text/html").GET());
        HttpResponse<String> list = this.gateway.send(this.gateway
                .request("/asyncapi")
                .header("Accept", "application/json")
                .GET());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/asyncapi/plan-service.json\"")
                .contains("href=\"/asyncapi/documents-service.json\"");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"url\":\"/asyncapi/agenda-service.json\"")
                .contains("\"url\":\"/asyncapi/notification-service.json\"");
    }
}
