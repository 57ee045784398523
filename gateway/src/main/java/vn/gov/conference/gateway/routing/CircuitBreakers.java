package vn.gov.conference.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;

import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every route to a service goes through a circuit breaker of that service, which also enforces its timeout. The
 * few requests known to take long (imports, rendered documents) have their own circuit and a longer timeout
 * ({@link #longRequests(String)}), so that their slowness never stops the service's ordinary calls.
 */
public final class CircuitBreakers {

    /** Which service a request was routed to, for the failure answer (the gateway's route id is gone by then). */
    static final String SERVICE_ATTRIBUTE = CircuitBreakers.class.getName() + ".service";

    /** The circuit (and so the timeout) the request went through. */
    static final String CIRCUIT_ATTRIBUTE = CircuitBreakers.class.getName() + ".circuit";

    /** Ends the id of a service's circuit for its long requests. */
    static final String LONG_SUFFIX = "/long";

    private CircuitBreakers() {}

    /** The service's circuit; a call that fails is answered by {@link BackendFailureController} as a problem. */
    public static HandlerFilterFunction<ServerResponse, ServerResponse> of(String service) {
        return circuit(service, service);
    }

    /** The circuit of the service's long requests, with {@link RoutingProperties#longRequestTimeout()}. */
    public static HandlerFilterFunction<ServerResponse, ServerResponse> longRequests(String service) {
        return circuit(service, service + LONG_SUFFIX);
    }

    static boolean isLong(String circuitId) {
        return circuitId.endsWith(LONG_SUFFIX);
    }

    static String serviceOf(String circuitId) {
        return isLong(circuitId) ? circuitId.substring(0, circuitId.length() - LONG_SUFFIX.length()) : circuitId;
    }

    private static HandlerFilterFunction<ServerResponse, ServerResponse> circuit(String service, String id) {
        HandlerFilterFunction<ServerResponse, ServerResponse> circuit =
                circuitBreaker(config -> config.setId(id).setFallbackPath(BackendFailureController.PATH));
        return (request, next) -> {
            request.servletRequest().setAttribute(SERVICE_ATTRIBUTE, service);
            request.servletRequest().setAttribute(CIRCUIT_ATTRIBUTE, id);
            return circuit.filter(request, next);
        };
    }
}
