package vn.gov.conference.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.servlet.function.ServerResponse;
import vn.gov.conference.platform.web.RequestBodyFailure;

/** How the gateway calls a backend: the HTTP client, and one circuit breaker with its own timeout per route. */
@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

    /** Connections kept per backend: more than the calls a gateway has in flight to one service. */
    private static final int MAX_CONNECTIONS = 512;

    /**
     * Apache HttpClient 5 (classic, blocking I/O) with a pool of keep-alive HTTP/1.1 connections per backend. Each
     * call runs entirely on the virtual thread that proxies it: it writes the request and reads the answer on a
     * pooled socket itself, where the JDK client handed every exchange to its selector thread and back (two thread
     * hand-offs per call, each a wait for a core on a busy machine).
     * Bodies stream both ways (Spring's request streams its body, never buffered, with the caller's Content-Length or
     * chunked; a body that fails while it streams cuts the connection, {@link AbortingRequestFactory}); answers are
     * relayed as sent (no decompression), redirects are not followed, cookies not kept. A call
     * is retried once only when it is idempotent, its body (if any) can be sent again, and the pooled connection
     * turned out to be closed by the backend before any answer (an idle connection a restarted service dropped);
     * never on an answer (a 503 is the service shedding load, for the caller to retry). {@link WholeAnswers}: an
     * answer that breaks off after its headers fails the caller's request instead of leaving it waiting.
     */
    @Bean
    CallDeadlines callDeadlines(RoutingProperties routing) {
        return new CallDeadlines(routing);
    }

    @Bean
    ClientHttpRequestFactory proxyRequestFactory(RoutingProperties routing, CallDeadlines deadlines) {
        Timeout connectTimeout = Timeout.of(routing.connectTimeout());
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .setDefaultSocketConfig(
                        SocketConfig.custom().setTcpNoDelay(true).build())
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connectTimeout)
                        .build())
                .disableRedirectHandling()
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .setRetryStrategy(new DefaultHttpRequestRetryStrategy(1, TimeValue.ZERO_MILLISECONDS) {
                    @Override
                    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
                        return false;
                    }
                })
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        return new WholeAnswers(new AbortingRequestFactory(client, deadlines));
    }

    /**
     * Only what shows a sick backend counts towards opening its circuit: it could not be reached, the call broke, or
     * it answered 500, 502 or 504. Not a caller's oversized or broken body, not a timeout (that one request was slow:
     * its caller gets 504, everyone else goes on being served), and not a 503, with which a service sheds load on
     * purpose (render-busy) and says when to retry. The circuits have no time limiter
     * ({@code spring.cloud.circuitbreaker.resilience4j.disable-time-limiter}): it would run each call on another
     * thread and wait for it there; {@link CallDeadlines} enforces the timeouts on the request's own thread.
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> routeCircuitBreakers(RoutingProperties routing) {
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
        return factory -> factory.configureDefault(circuit -> new Resilience4JConfigBuilder(circuit)
                .circuitBreakerConfig(circuitBreaker)
                .build());
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
        return result instanceof ServerResponse response
                && response.statusCode().is5xxServerError()
                && response.statusCode().value() != HttpStatus.SERVICE_UNAVAILABLE.value();
    }
}
