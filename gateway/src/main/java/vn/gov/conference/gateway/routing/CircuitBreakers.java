package vn.gov.conference.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;

import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/** Every route to a service goes through that service's circuit breaker, which also enforces its timeout. */
public final class CircuitBreakers {

    /** Which service a request was routed to, for the failure answer (the gateway's route id is gone by then). */
    static final String SERVICE_ATTRIBUTE = CircuitBreakers.class.getName() + ".service";

    private CircuitBreakers() {
    }

    /** The service's circuit; a call that fails is answered by {@link BackendFailureController} as a problem. */
    public static HandlerFilterFunction<ServerResponse, ServerResponse> of(String service) {
        HandlerFilterFunction<ServerResponse, ServerResponse> circuit = circuitBreaker(
                config -> config.setId(service).setFallbackPath(BackendFailureController.PATH));
        return (request, next) -> {
            request.servletRequest().setAttribute(SERVICE_ATTRIBUTE, service);
            return circuit.filter(request, next);
        };
    }
}
