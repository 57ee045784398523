package vn.gov.conference.gateway.docs;

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.modifyResponseBody;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.gov.conference.gateway.routing.CircuitBreakers;
import vn.gov.conference.gateway.routing.RoutingProperties;
import vn.gov.conference.gateway.routing.Services;

/**
 * Each service's documents, served by the gateway: its OpenAPI at {@code /v3/api-docs/<service>} (listed in the
 * gateway's Swagger UI) and its AsyncAPI at {@code /asyncapi/<service>.json} (listed at {@code /asyncapi}). Both go
 * through the service's circuit breaker like any other call.
 */
@Configuration(proxyBeanMethods = false)
class DocsRoutesConfiguration {

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> serviceDocsRoutes(RoutingProperties routing) {
        return Services.ALL.stream()
                .map(service -> openApi(service, routing).and(asyncApi(service, routing)))
                .reduce(RouterFunction::and)
                .orElseThrow();
    }

    private static RouterFunction<ServerResponse> openApi(String service, RoutingProperties routing) {
        return route(service)
                .GET("/v3/api-docs/" + service, http())
                .before(uri(routing.service(service).uri()))
                .before(setPath("/v3/api-docs"))
                .after(modifyResponseBody(Map.class, Map.class, null, DocsRoutesConfiguration::servedByGateway))
                .filter(CircuitBreakers.of(service))
                .build();
    }

    private static RouterFunction<ServerResponse> asyncApi(String service, RoutingProperties routing) {
        return route(service)
                .GET("/asyncapi/" + service + ".json", http())
                .before(uri(routing.service(service).uri()))
                .before(setPath("/asyncapi.json"))
                .filter(CircuitBreakers.of(service))
                .build();
    }

    /**
     * A service describes itself at its own address; Swagger UI's "try it out" must go through the gateway
     * instead, with the gateway's authentication and limits.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map servedByGateway(ServerRequest request, ServerResponse response, Map document) {
        if (!response.statusCode().is2xxSuccessful() || !document.containsKey("openapi")) {
            return document;
        }
        Map<String, Object> rewritten = new LinkedHashMap<>(document);
        String gateway = ServletUriComponentsBuilder.fromContextPath(request.servletRequest())
                .toUriString();
        rewritten.put("servers", List.of(Map.of("url", gateway, "description", "API gateway")));
        return rewritten;
    }
}
