package vn.gov.conference.plan.web;

import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.contracts.ApiDocumentsContract;

/** plan-service's OpenAPI and AsyncAPI documents as served (see {@link ApiDocumentsContract}). */
@IntegrationTest
class ApiDocumentsIntegrationTests extends ApiDocumentsContract {
}
