package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every operation of every service is reachable through the gateway, and reaches that service: each service's
 * operations as its own build keeps them from its OpenAPI document ({@code docs/api/<service>-operations.txt},
 * checked against {@code /v3/api-docs} by the service's {@code ApiDocumentsIntegrationTests}) walked through the
 * gateway's route table in its order.
 */
class ApiRoutesCoverageTests {

    /**
     * Deliberately not routed: the platform operator's endpoints every service has for its own outbox
     * ({@code /api/admin/outbox/parked…}), called on the service itself, never through the public entry point.
     */
    static final List<String> UNROUTED = List.of("/api/admin/**");

    private static final Path OPERATIONS = Path.of("..", "docs", "api");

    @Test
    void everyServiceOperationIsRoutedToItsService() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String service : Services.ALL) {
            Path file = OPERATIONS.resolve(service + "-operations.txt");
            assertThat(file)
                    .as("%s's operations (its ApiDocumentsIntegrationTests writes them)", service)
                    .exists();
            List<String> operations = Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
            assertThat(operations).as(service).isNotEmpty();
            problems.addAll(misrouted(service, operations, ApiRoutesConfiguration.PATHS));
            checked += operations.size();
        }
        assertThat(problems).isEmpty();
        assertThat(checked).as("operations walked").isGreaterThan(50);
    }

    @Test
    void anOperationNoRouteTakesOrThatReachesAnotherServiceIsReported() {
        List<String> operations = List.of(
                "GET /api/plans/{planId}/agenda",
                "POST /api/plans/{planId}/agenda/publish",
                "GET /api/budgets/{id}",
                "DELETE /api/admin/outbox/parked/{eventId}");

        assertThat(misrouted(Services.PLAN, operations, ApiRoutesConfiguration.PATHS))
                .containsExactly(
                        "plan-service GET /api/plans/{planId}/agenda: routed to agenda-service",
                        "plan-service POST /api/plans/{planId}/agenda/publish: routed to agenda-service",
                        "plan-service GET /api/budgets/{id}: no route");
        assertThat(misrouted(Services.AGENDA, operations, ApiRoutesConfiguration.PATHS))
                .containsExactly("agenda-service GET /api/budgets/{id}: no route");
    }

    /** Operations of {@code service} that the first matching route (in order) does not send to it. */
    static List<String> misrouted(String service, List<String> operations, Map<String, List<String>> routes) {
        List<String> problems = new ArrayList<>();
        for (String operation : operations) {
            String path = operation.substring(operation.indexOf(' ') + 1);
            if (matches(UNROUTED, path)) {
                continue;
            }
            Optional<String> target = routes.entrySet().stream()
                    .filter(route -> matches(route.getValue(), path))
                    .map(Map.Entry::getKey)
                    .findFirst();
            if (target.isEmpty()) {
                problems.add(service + " " + operation + ": no route");
            } else if (!target.get().equals(service)) {
                problems.add(service + " " + operation + ": routed to " + target.get());
            }
        }
        return problems;
    }

    /** As the gateway's path predicate matches: Spring's PathPattern, each template variable a sample segment. */
    private static boolean matches(List<String> patterns, String template) {
        PathContainer path = PathContainer.parsePath(template.replaceAll("\\{[^}/]+}", "x-1"));
        return patterns.stream()
                .anyMatch(pattern ->
                        PathPatternParser.defaultInstance.parse(pattern).matches(path));
    }
}
