package vn.gov.conference.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.method;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public API layout (DESIGN.md) mapped onto the services. Routes are tried in order, so the specific ones
 * (a plan's agenda, invitations, material requests…) come before plan-service's catch-all {@code /api/plans/**},
 * and the requests known to take long come first of all: imports of up to 2,000 invitees and rendered documents go
 * through their service's circuit for long requests, with {@code long-request-timeout}, so that one slow import or
 * PDF neither answers 504 while it is still working nor counts against the service's ordinary calls.
 * Every operation in the services' OpenAPI documents must be reached here; {@code ApiRoutesCoverageTests} checks it.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutesConfiguration {

    /** Each service's path patterns, in the order the routes are tried. */
    static final Map<String, List<String>> PATHS = paths();

    private static Map<String, List<String>> paths() {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        paths.put(Services.AGENDA, List.of("/api/plans/*/agenda/**", "/api/rooms/**"));
        paths.put(
                Services.NOTIFICATION,
                List.of(
                        "/api/plans/*/invitations/**",
                        "/api/plans/*/attendance/**",
                        "/api/plans/*/desk-links/**",
                        "/api/plans/*/reminders/**",
                        "/api/invitations/**",
                        "/api/emails/**",
                        "/api/directory/**"));
        paths.put(
                Services.DOCUMENTS,
                List.of(
                        "/api/plans/*/material-requests/**",
                        "/api/material-requests/**",
                        "/api/documents/**",
                        "/api/plans/*/publications/**",
                        "/api/plans/*/portal/**",
                        "/api/plans/*/signed-original/**",
                        "/api/portal/**"));
        paths.put(
                Services.PLAN, List.of("/api/plans/**", "/api/readiness/**", "/api/reference/**", "/api/registers/**"));
        return java.util.Collections.unmodifiableMap(paths);
    }

    @Bean
    @Order(1)
    RouterFunction<ServerResponse> apiRoutes(Replicas routing) {
        RouterFunction<ServerResponse> longRoutes = longRequests(
                        Services.NOTIFICATION,
                        routing,
                        path("/api/plans/*/invitations/import")
                                .or(path("/api/plans/*/invitations").and(method(HttpMethod.POST)))
                                .or(path("/api/invitations/*/letter")))
                .and(longRequests(Services.AGENDA, routing, path("/api/plans/*/agenda/print")))
                .and(longRequests(Services.PLAN, routing, path("/api/plans/*/document")));
        return PATHS.entrySet().stream()
                .map(service -> to(service.getKey(), routing, service.getValue().toArray(String[]::new)))
                .reduce(longRoutes, RouterFunction::and);
    }

    private static RouterFunction<ServerResponse> longRequests(
            String service, Replicas routing, RequestPredicate paths) {
        return route(service + CircuitBreakers.LONG_SUFFIX)
                .route(paths, http())
                .before(routing.uri(service))
                .filter(CircuitBreakers.longRequests(service))
                .build();
    }

    private static RouterFunction<ServerResponse> to(String service, Replicas routing, String... paths) {
        return route(service)
                .route(path(paths), http())
                .before(routing.uri(service))
                .filter(CircuitBreakers.of(service))
                .build();
    }
}
