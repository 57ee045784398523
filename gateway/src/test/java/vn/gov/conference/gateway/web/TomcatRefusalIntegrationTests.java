package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.gateway.GatewayClient;
import vn.gov.conference.gateway.GatewayIntegrationTest;
import vn.gov.conference.gateway.StubBackends;

/**
 * Paths the servlet container refuses before the gateway's code sees them (a NUL, an encoded slash): the answer is a
 * problem like every other refusal, not Tomcat's HTML error page, and nothing reaches a service.
 */
class TomcatRefusalIntegrationTests extends GatewayIntegrationTest {

    @Test
    void answersWhatTomcatRefusesAsAProblem() {
        for (String path : List.of("/api/plans/%00", "/api/plans/..%2F..%2Fetc%2Fpasswd", "/api/directory/a%2Fb")) {
            HttpResponse<String> response = this.gateway.get(path, "tg-office");

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(GatewayClient.json(response))
                    .as(path)
                    .containsEntry("status", 400)
                    .containsEntry("type", "https://conference.gov.vn/problems/bad-request")
                    .containsKeys("title", "detail");
        }
        for (String service : List.of("plan-service", "notification-service")) {
            assertThat(StubBackends.of(service).received()).as(service).isEmpty();
        }
    }
}
