package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackends;
import vn.gov.conference.gateway.routing.Services;

class CorsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void answersAPreflightFromTheWebClientWithoutAToken() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans/p-1")
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("PATCH"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("authorization", "if-match"));
        assertThat(StubBackends.of(Services.PLAN).received()).isEmpty();
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .request("/api/plans")
                .header("Origin", "https://evil.example.org")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(GatewayClient.json(response))
                .containsEntry("type", "https://conference.gov.vn/problems/cors-refused");
    }

    @Test
    void allowsTheWebClientsOriginOnceOnAProxiedAnswer() {
        HttpResponse<String> response = this.gateway.send(this.gateway
                .authorized("/api/plans", "tg-office")
                .header("Origin", "http://localhost:5173")
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
                .containsExactly("http://localhost:5173");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed).contains("X-Request-Id", "ETag", "Location"));
    }
}
