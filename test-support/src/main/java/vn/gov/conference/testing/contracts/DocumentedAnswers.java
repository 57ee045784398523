package vn.gov.conference.testing.contracts;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.gov.conference.testing.ApiClient;

/**
 * {@code @ExtendWith(DocumentedAnswers.class)} on an {@code @IntegrationTest} class: after each test, every answer
 * the service gave during it ({@link ObservedStatuses}) must be listed for its operation in the service's own
 * {@code /v3/api-docs}. The service's refusal and lifecycle tests thereby prove that the documented statuses include
 * what really happens, without a second copy of those calls.
 */
public final class DocumentedAnswers implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DocumentedAnswers.class);

    /** The document per port: it does not change while a context runs. */
    private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("mark", ObservedStatuses.start());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<ObservedStatuses.Observed> observed =
                ObservedStatuses.stop(context.getStore(NAMESPACE).get("mark", Integer.class));
        if (context.getExecutionException().isPresent()) {
            return; // the test's own failure says more
        }
        String port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port");
        String document = DOCUMENTS.computeIfAbsent(
                port,
                p -> ApiClient.onPort(Integer.parseInt(p))
                        .get("/v3/api-docs", null)
                        .body());
        List<String> undocumented = OpenApiCheck.undocumented(document, observed);
        if (!undocumented.isEmpty()) {
            throw new AssertionError(
                    "Answers the OpenAPI document does not list:\n  " + String.join("\n  ", undocumented));
        }
    }
}
