package vn.gov.conference.testing.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.testing.ApiClient;

/**
 * A service's two documents as served, checked in its build: implement it in an {@code @IntegrationTest} class. The
 * service's operations are also kept in {@code docs/api/<service>-operations.txt}, which the gateway's routing test
 * reads; this test fails when they changed and the file was not rewritten
 * ({@code -Dcontracts.write-operations=true} rewrites it).
 */
public interface ApiDocumentsContract {

    /** The port the service under test listens on. */
    int port();

    /** Its name, as in {@code docs/api/<service>-operations.txt}. */
    String service();

    /** The document as served; also left in target/ for a reviewer to read or diff. */
    default String openApi() throws IOException {
        ApiClient.Response answer = ApiClient.onPort(port()).get("/v3/api-docs", null);
        assertThat(answer.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", service() + "-openapi.json"), answer.body(), StandardCharsets.UTF_8);
        return answer.body();
    }

    @Test
    default void theOpenApiDocumentParsesWithoutAMessageAndKeepsTheHouseRules() throws IOException {
        assertThat(OpenApiCheck.problems(openApi())).isEmpty();
    }

    /**
     * The operations ("METHOD /path") whose request body the document must show with a real example (the seeds of
     * {@code demo-data/}, conference.openapi.examples); none by default.
     */
    default List<String> operationsWithExamples() {
        return List.of();
    }

    @Test
    default void theExamplesAreThereAndValidAgainstTheirOwnSchemas() throws IOException {
        String document = openApi();
        assertThat(OpenApiCheck.operationsWithExamples(document)).containsAll(operationsWithExamples());
        assertThat(OpenApiCheck.invalidExamples(document)).isEmpty();
    }

    @Test
    default void theAsyncApiDocumentIsValidAsyncApi3() {
        ApiClient.Response answer = ApiClient.onPort(port()).get("/asyncapi.json", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(AsyncApiCheck.problems(answer.body())).isEmpty();
    }

    @Test
    default void theOperationsTheGatewayMustRouteAreUpToDate() throws IOException {
        Path file = Path.of("..", "docs", "api", service() + "-operations.txt");
        String expected = String.join("\n", OpenApiCheck.operationLines(openApi())) + "\n";
        if (Boolean.getBoolean("contracts.write-operations")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("rewrite with -Dcontracts.write-operations=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.toString())
                .isEqualTo(expected);
    }
}
