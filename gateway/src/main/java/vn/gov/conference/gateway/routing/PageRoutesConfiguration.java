package vn.gov.conference.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** {@link Pages} go to the web module through the same proxy, timeouts and circuit breaker as the API. */
@Configuration(proxyBeanMethods = false)
class PageRoutesConfiguration {

    @Bean
    @Order(2)
    RouterFunction<ServerResponse> pageRoutes(Replicas replicas) {
        return route(Services.WEB)
                .route(path(Pages.PATHS.toArray(String[]::new)), http())
                .before(replicas.uri(Services.WEB))
                .filter(CircuitBreakers.of(Services.WEB))
                .build();
    }
}
