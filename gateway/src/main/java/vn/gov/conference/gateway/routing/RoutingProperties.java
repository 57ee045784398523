package vn.gov.conference.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Where the services are and how long the gateway waits for them.
 *
 * @param services each backend by name ({@link Services}): its base URI and how long a call may take before the
 *        gateway answers 504
 * @param connectTimeout how long to wait for a backend to accept a connection
 * @param longRequestTimeout how long the requests known to take long may take (large imports, rendered documents:
 *        {@link ApiRoutesConfiguration}); they go through a circuit of their own
 * @param circuitBreaker when a backend's circuit opens (one circuit per service, one more for its long requests)
 * @param strippedHeaderPrefixes request headers never relayed: a client must not be able to pose as the gateway or
 *        assert its own identity, tenant or role to a service
 */
@ConfigurationProperties("conference.gateway.routing")
public record RoutingProperties(
        Map<String, Backend> services,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("60s") Duration longRequestTimeout,
        @DefaultValue CircuitBreaker circuitBreaker,

        @DefaultValue({"X-Caller-", "X-User-", "X-Tenant-", "X-Auth-", "X-Role", "X-Province", "X-Unit"})
        List<String> strippedHeaderPrefixes) {

    public RoutingProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
        for (String name : Services.ROUTED) {
            Assert.isTrue(
                    services.containsKey(name),
                    () -> "conference.gateway.routing.services." + name + ".uri is not configured");
        }
        strippedHeaderPrefixes = List.copyOf(strippedHeaderPrefixes);
    }

    /** The timeout of a circuit: the service's, or {@link #longRequestTimeout} for its long requests. */
    public Duration timeout(String circuitId) {
        return CircuitBreakers.isLong(circuitId)
                ? this.longRequestTimeout
                : service(CircuitBreakers.serviceOf(circuitId)).timeout();
    }

    public Backend service(String name) {
        Backend backend = this.services.get(name);
        Assert.notNull(backend, () -> "No backend named " + name);
        return backend;
    }

    public record Backend(URI uri, @DefaultValue("10s") Duration timeout) {

        public Backend {
            Assert.notNull(uri, "a backend needs a uri");
        }
    }

    /**
     * @param slidingWindow how many recent calls the failure rate is computed over
     * @param minimumCalls how many calls before the rate counts at all
     * @param failureRateThreshold percentage of failed calls that opens the circuit: the backend could not be
     *        reached, or answered 5xx other than 503 (a 503 is a service shedding load on purpose, with Retry-After).
     *        A timeout does not count: it says the one request was slow, not that the service is sick
     * @param openDuration how long an open circuit answers 503 at once before letting trial calls through
     */
    public record CircuitBreaker(
            @DefaultValue("20") int slidingWindow,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("30s") Duration openDuration) {}
}
