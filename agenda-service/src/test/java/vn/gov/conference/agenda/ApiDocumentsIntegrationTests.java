package vn.gov.conference.agenda;

import java.util.List;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.ApiDocumentsContract;

/** agenda-service's OpenAPI and AsyncAPI documents as served (see {@link ApiDocumentsContract}). */
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
        return "agenda-service";
    }

    @Override
    public List<String> operationsWithExamples() {
        return List.of("PUT /api/plans/{planId}/agenda");
    }
}
