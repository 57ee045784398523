package vn.gov.conference.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public API layout (DESIGN.md) mapped onto the services. Routes are tried in order, so the specific ones
 * (a plan's agenda, invitations, material requests…) come before plan-service's catch-all {@code /api/plans/**}.
 */
@Configuration(proxyBeanMethods = false)
class ApiRoutesConfiguration {

    @Bean
    @Order(1)
    RouterFunction<ServerResponse> apiRoutes(Replicas routing) {
        return to(Services.AGENDA, routing,
                "/api/plans/*/agenda/**", "/api/rooms/**")
            .and(to(Services.NOTIFICATION, routing,
                    "/api/plans/*/invitations/**", "/api/plans/*/attendance/**", "/api/plans/*/desk-links/**",
                    "/api/plans/*/reminders/**", "/api/invitations/**", "/api/emails/**", "/api/directory/**"))
            .and(to(Services.DOCUMENTS, routing,
                    "/api/plans/*/material-requests/**", "/api/material-requests/**", "/api/documents/**",
                    "/api/plans/*/publications/**", "/api/plans/*/portal/**", "/api/plans/*/signed-original/**",
                    "/api/portal/**"))
            .and(to(Services.PLAN, routing,
                    "/api/plans/**", "/api/readiness/**", "/api/reference/**", "/api/registers/**"));
    }

    private static RouterFunction<ServerResponse> to(String service, Replicas routing, String... paths) {
        return route(service)
            .route(path(paths), http())
            .before(routing.uri(service))
            .filter(CircuitBreakers.of(service))
            .build();
    }
}
