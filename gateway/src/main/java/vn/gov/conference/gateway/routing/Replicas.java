package vn.gov.conference.gateway.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Several processes of one service behind the gateway, where no platform balances them (the local stack's
 * {@code --replicas}; on Kubernetes the service's one address already does). Besides its {@code uri}, a service lists
 * its other processes in {@code conference.gateway.replicas.<service>} (comma-separated base URIs; environment
 * {@code CONFERENCE_GATEWAY_REPLICAS_PLAN_SERVICE}, …). Requests go round-robin to the replicas whose
 * {@code /actuator/health} answered at the last check (every two seconds), so a stopped replica is left out within
 * seconds and its calls do not open the service's circuit; when none answered, to all of them.
 * <p>
 * The staff console ({@code /console/**}) is balanced like the rest: its sessions are in MongoDB (session-store), so
 * any web process serves a person signed in at another.
 */
@Component
public class Replicas {

    private static final Logger log = LoggerFactory.getLogger(Replicas.class);

    private final Map<String, List<URI>> uris = new LinkedHashMap<>();

    private final Set<URI> down = ConcurrentHashMap.newKeySet();

    private final Map<String, AtomicInteger> next = new ConcurrentHashMap<>();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    Replicas(RoutingProperties routing, Environment environment) {
        for (String service : Services.ROUTED) {
            List<URI> all = new ArrayList<>();
            all.add(routing.service(service).uri());
            String others = environment.getProperty("conference.gateway.replicas." + service);
            if (StringUtils.hasText(others)) {
                for (String other : StringUtils.commaDelimitedListToStringArray(others)) {
                    if (StringUtils.hasText(other)) {
                        all.add(URI.create(other.trim()));
                    }
                }
            }
            this.uris.put(service, List.copyOf(all));
            this.next.put(service, new AtomicInteger());
        }
    }

    /** Every base URI of the service, its {@code uri} first. */
    public List<URI> of(String service) {
        return this.uris.getOrDefault(service, List.of());
    }

    /** The routes' target: the next live replica of the service, or its one {@code uri}. */
    public Function<ServerRequest, ServerRequest> uri(String service) {
        List<URI> all = of(service);
        if (all.size() == 1) {
            URI only = all.getFirst();
            return request -> {
                MvcUtils.setRequestUrl(request, only);
                return request;
            };
        }
        AtomicInteger counter = this.next.get(service);
        return request -> {
            MvcUtils.setRequestUrl(request, choose(all, counter));
            return request;
        };
    }

    /** Whether the last health check left this replica out. */
    boolean isLeftOut(URI replica) {
        return this.down.contains(replica);
    }

    URI choose(List<URI> all, AtomicInteger counter) {
        List<URI> live = all.stream().filter(uri -> !this.down.contains(uri)).toList();
        List<URI> candidates = live.isEmpty() ? all : live;
        return candidates.get(Math.floorMod(counter.getAndIncrement(), candidates.size()));
    }

    @Scheduled(fixedDelay = 2000, initialDelay = 2000)
    void check() {
        for (List<URI> all : this.uris.values()) {
            if (all.size() < 2) {
                continue;
            }
            for (URI uri : all) {
                boolean up = healthy(uri);
                if (up ? this.down.remove(uri) : this.down.add(uri)) {
                    log.info("Replica {} is {}", uri, up ? "back" : "not answering; left out");
                }
            }
        }
    }

    private boolean healthy(URI base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .GET()
                    .build();
            return this.http
                            .send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.io.IOException ex) {
            return false;
        }
    }
}
