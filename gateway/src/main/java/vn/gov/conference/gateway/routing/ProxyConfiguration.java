package vn.gov.conference.gateway.routing;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.servlet.function.ServerResponse;
import vn.gov.conference.gateway.limits.RequestBodyFailure;

/** How the gateway calls a backend: the HTTP client, and one circuit breaker with its own timeout per route. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    /**
     * The JDK client streams request bodies (no buffering) on virtual threads. HTTP/1.1 only: the backends speak
     * nothing else, and an h2c upgrade attempt on every call is wasted work. {@link WholeAnswers}: an answer that breaks
     * off after its headers fails the caller's request instead of leaving it waiting.
     */
    @Bean
    ClientHttpRequestFactory proxyRequestFactory(RoutingProperties routing) {
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(routing.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
        return new WholeAnswers(new JdkClientHttpRequestFactory(client));
    }

    /**
     * The time limiter runs each proxied call on a virtual thread (so it costs nothing to wait for) and cancels it
     * at the circuit's timeout. Only what shows a sick backend counts towards opening its circuit: it could not be
     * reached, the call broke, or it answered 500, 502 or 504. Not a caller's oversized or broken body, not a
     * timeout (that one request was slow: its caller gets 504, everyone else goes on being served), and not a 503,
     * with which a service sheds load on purpose (render-busy) and says when to retry.
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> routeCircuitBreakers(RoutingProperties routing) {
        ExecutorService calls = new MdcPropagatingExecutorService(
                Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("proxy-", 0).factory()));
        RoutingProperties.CircuitBreaker settings = routing.circuitBreaker();
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
            .slidingWindowSize(settings.slidingWindow())
            .minimumNumberOfCalls(settings.minimumCalls())
            .failureRateThreshold(settings.failureRateThreshold())
            .waitDurationInOpenState(settings.openDuration())
            .permittedNumberOfCallsInHalfOpenState(2)
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .recordException(ProxyConfiguration::showsASickBackend)
            .recordResult(ProxyConfiguration::isServerFailure)
            .build();
        return factory -> {
            factory.configureExecutorService(calls);
            factory.configureDefault(circuit -> new Resilience4JConfigBuilder(circuit)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                    .timeoutDuration(routing.timeout(circuit))
                    .cancelRunningFuture(true)
                    .build())
                .build());
        };
    }

    static boolean showsASickBackend(Throwable failure) {
        if (RequestBodyFailure.in(failure) != null) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TimeoutException
                    || cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                return false;
            }
        }
        return true;
    }

    static boolean isServerFailure(Object result) {
        return result instanceof ServerResponse response && response.statusCode().is5xxServerError()
                && response.statusCode().value() != HttpStatus.SERVICE_UNAVAILABLE.value();
    }
}
