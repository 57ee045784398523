package vn.gov.conference.documents;

import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.ApiDocumentsContract;

/** documents-service's OpenAPI and AsyncAPI documents as served (see {@link ApiDocumentsContract}). */
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
        return "documents-service";
    }
}
