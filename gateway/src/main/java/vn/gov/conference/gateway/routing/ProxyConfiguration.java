package vn.gov.conference.gateway.routing;

import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
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
     * at the route's timeout. Only the backend's failures count towards opening its circuit: a caller's oversized
     * or broken body says nothing about the backend's health.
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
            .recordException(failure -> RequestBodyFailure.in(failure) == null)
            .build();
        return factory -> {
            factory.configureExecutorService(calls);
            factory.configureDefault(service -> new Resilience4JConfigBuilder(service)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                    .timeoutDuration(routing.service(service).timeout())
                    .cancelRunningFuture(true)
                    .build())
                .build());
        };
    }
}
