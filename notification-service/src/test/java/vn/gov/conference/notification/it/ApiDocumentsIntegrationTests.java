package vn.gov.conference.notification.it;

import vn.gov.conference.testing.contracts.ApiDocumentsContract;

/** notification-service's OpenAPI and AsyncAPI documents as served (see {@link ApiDocumentsContract}). */
class ApiDocumentsIntegrationTests extends NotificationIntegrationTest implements ApiDocumentsContract {

    @Override
    public int port() {
        return port;
    }

    @Override
    public String service() {
        return "notification-service";
    }
}
