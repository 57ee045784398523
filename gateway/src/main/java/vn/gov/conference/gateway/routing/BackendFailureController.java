package vn.gov.conference.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.platform.web.Problems;
import vn.gov.conference.platform.web.RequestBodyFailure;

/**
 * Where a route's circuit breaker forwards a call that did not get an answer from its backend, to turn the failure
 * into a problem: 503 when the backend cannot be reached or its circuit is open, 504 when it was too slow, 413 when
 * it was the caller's body that grew past the limit while streaming. A browser asking for a page gets the failure as a
 * page ({@link FailurePage}).
 */
@RestController
class BackendFailureController {

    static final String PATH = "/gateway/backend-failure";

    private static final Logger log = LoggerFactory.getLogger(BackendFailureController.class);

    private final RoutingProperties routing;

    BackendFailureController(RoutingProperties routing) {
        this.routing = routing;
    }

    @RequestMapping(PATH)
    void failed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String service = (String) request.getAttribute(CircuitBreakers.SERVICE_ATTRIBUTE);
        if (request.getDispatcherType() != DispatcherType.FORWARD || failure == null || service == null) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.NOT_FOUND,
                            "not-found",
                            "Not Found",
                            "Nothing is served at this address.",
                            request));
            return;
        }
        ProblemDetail problem = problem(failure, service, request, response);
        if (Services.WEB.equals(service) && problem.getStatus() >= 500 && FailurePage.wanted(request)) {
            FailurePage.write(response, problem, request);
            return;
        }
        Problems.write(response, problem);
    }

    private ProblemDetail problem(
            Throwable failure, String service, HttpServletRequest request, HttpServletResponse response) {
        RequestBodyFailure body = RequestBodyFailure.of(request) != null
                ? RequestBodyFailure.of(request)
                : RequestBodyFailure.in(failure);
        if (body != null && body.tooLarge()) {
            ProblemDetail problem = Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "content-too-large",
                    "Request body too large",
                    "This address accepts request bodies of at most " + body.limit()
                            + " bytes; this one went past the limit while streaming.",
                    request);
            problem.setProperty("maxBytes", body.limit());
            return problem;
        }
        if (body != null) {
            return Problems.of(
                    HttpStatus.BAD_REQUEST,
                    "body-unreadable",
                    "Request body unreadable",
                    "The request body could not be read to its end.",
                    request);
        }
        log.warn(
                "{} did not answer {} {}: {}",
                service,
                request.getMethod(),
                request.getRequestURI(),
                failure.toString());
        if (failure instanceof CallNotPermittedException) {
            long seconds =
                    Math.max(1, this.routing.circuitBreaker().openDuration().toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return withService(
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "service-unavailable",
                            "Service unavailable",
                            "The " + service + " has been failing; the gateway stops calling it for " + seconds
                                    + " s. Retry later.",
                            request),
                    service);
        }
        if (failure instanceof TimeoutException
                || causedBy(failure, HttpTimeoutException.class)
                        && !causedBy(failure, HttpConnectTimeoutException.class)) {
            return withService(
                    Problems.of(
                            HttpStatus.GATEWAY_TIMEOUT,
                            "service-timeout",
                            "Service timed out",
                            "The " + service + " did not answer within "
                                    + this.routing
                                            .timeout(circuit(request, service))
                                            .toMillis() + " ms.",
                            request),
                    service);
        }
        if (causedBy(failure, ConnectException.class)
                || causedBy(failure, HttpConnectTimeoutException.class)
                || causedBy(failure, UnresolvedAddressException.class)) {
            return withService(
                    Problems.of(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "service-unavailable",
                            "Service unavailable",
                            "The " + service + " cannot be reached. Retry later.",
                            request),
                    service);
        }
        return withService(
                Problems.of(
                        HttpStatus.BAD_GATEWAY,
                        "bad-gateway",
                        "Bad gateway",
                        "The call to the " + service + " failed before it answered.",
                        request),
                service);
    }

    private static String circuit(HttpServletRequest request, String service) {
        Object circuit = request.getAttribute(CircuitBreakers.CIRCUIT_ATTRIBUTE);
        return circuit instanceof String id ? id : service;
    }

    private static ProblemDetail withService(ProblemDetail problem, String service) {
        problem.setProperty("service", service);
        return problem;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
