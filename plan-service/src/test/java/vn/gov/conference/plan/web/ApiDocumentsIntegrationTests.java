package vn.gov.conference.plan.web;

import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.ApiDocumentsContract;

/** plan-service's OpenAPI and AsyncAPI documents as served (see {@link ApiDocumentsContract}). */
@IntegrationTest
class ApiDocumentsIntegrationTests implements ApiDocumentsContract {

    @LocalServerPort
    int port;

    @Override
    public int port() {
        return port;
    }

    @Override
    public String service() {
        return "plan-service";
    }

    @Override
    public List<String> operationsWithExamples() {
        return List.of("POST /api/plans", "POST /api/plans/{id}/approve");
    }
}
