package vn.gov.conference.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The six Spring Boot applications the stack runs, in the order they are listed to a person. */
public enum ServiceDefinition {

    /** The gateway keeps the identity store: machine clients, people and their lockouts. */
    GATEWAY("gateway", Ports::gateway, "conference-identity", null),
    PLAN("plan-service", Ports::planService, "conference-plans", "PLAN_SERVICE_URL"),
    AGENDA("agenda-service", Ports::agendaService, "conference-agenda", "AGENDA_SERVICE_URL"),
    NOTIFICATION(
            "notification-service", Ports::notificationService, "conference-notifications", "NOTIFICATION_SERVICE_URL"),
    DOCUMENTS("documents-service", Ports::documentsService, "conference-documents", "DOCUMENTS_SERVICE_URL"),
    /**
     * The people's pages: a client of the public API through the gateway, which routes the page paths to it. Its
     * database holds the console's sessions only, so that any of its processes serves a signed-in person.
     */
    WEB("web", Ports::web, "conference-web", "WEB_SERVICE_URL");

    private final String moduleName;
    private final ToIntFunction<Ports> port;
    private final String database;
    private final String urlVariable;

    ServiceDefinition(String moduleName, ToIntFunction<Ports> port, String database, String urlVariable) {
        this.moduleName = moduleName;
        this.port = port;
        this.database = database;
        this.urlVariable = urlVariable;
    }

    public String moduleName() {
        return moduleName;
    }

    public int port(Ports ports) {
        return port.applyAsInt(ports);
    }

    /** Step between the ports of one service's processes: plan-service on 8081, its second process on 8181. */
    static final int REPLICA_PORT_STEP = 100;

    /** The port of the service's {@code replica}-th process, counted from 0. */
    public int port(Ports ports, int replica) {
        return port(ports) + REPLICA_PORT_STEP * replica;
    }

    /** Whether {@code --replicas} runs several processes of it: all but the gateway, the one public address. */
    public boolean replicated() {
        return this != GATEWAY;
    }

    /** The child's name (and its log's): {@code plan-service}, then {@code plan-service-2}, … */
    public String processName(int replica) {
        return replica == 0 ? moduleName : moduleName + "-" + (replica + 1);
    }

    /** The database this application owns (the web module's: the console's sessions). */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Where the build puts the executable jar: {@code <module>/target/<module>.jar}. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(moduleName).resolve("target").resolve(moduleName + ".jar");
    }

    /**
     * The environment the application reads (see the service's application.yml and the platform defaults).
     * {@code clockOffset} shifts the services' clock (the platform's {@code conference.clock.offset}); the same
     * shift for all of them, so that deadlines, answer links and events agree across the stack.
     */
    Map<String, String> environment(
            StackAddresses addresses, String linkSecret, Path gatewaySigningKey, Duration clockOffset) {
        return environment(addresses, linkSecret, gatewaySigningKey, clockOffset, 0, 1);
    }

    /**
     * The environment of the service's {@code replica}-th process (from 0) of {@code replicas}: its own port, the
     * rest shared (database, broker, link secret). The gateway learns every other process of each service through
     * {@code CONFERENCE_GATEWAY_REPLICAS_<SERVICE>} and balances between them.
     */
    Map<String, String> environment(
            StackAddresses addresses,
            String linkSecret,
            Path gatewaySigningKey,
            Duration clockOffset,
            int replica,
            int replicas) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(port(addresses.ports(), replica)));
        env.put("KAFKA_BOOTSTRAP_SERVERS", addresses.kafkaBootstrapServers());
        env.put("SMTP_HOST", addresses.smtpHost());
        env.put("SMTP_PORT", String.valueOf(addresses.ports().smtp()));
        env.put("CONFERENCE_PUBLIC_URL", addresses.gatewayUrl());
        env.put("CONFERENCE_LINK_SECRET", linkSecret);
        env.put("CONFERENCE_JWK_SET_URI", addresses.jwkSetUri());
        // Structured JSON log lines (ECS) with trace and request ids, as in production.
        env.put("LOG_FORMAT", "ecs");
        database().ifPresent(db -> {
            env.put("MONGODB_URI", addresses.mongoUri(db));
            // The launcher's database is the stand-in: give it the indexes it needs (platform's StandInIndexes).
            env.put("CONFERENCE_MONGO_STANDIN", "true");
        });
        if (!clockOffset.isZero()) {
            env.put("CONFERENCE_CLOCK_OFFSET", clockOffset.toString());
        }
        if (this == WEB) {
            env.put("CONFERENCE_API_URL", addresses.gatewayUrl());
        }
        if (this == GATEWAY) {
            for (ServiceDefinition backend : values()) {
                if (backend.urlVariable != null) {
                    env.put(backend.urlVariable, addresses.serviceUrl(backend));
                    if (replicas > 1 && backend.replicated()) {
                        List<String> others = new ArrayList<>();
                        for (int other = 1; other < replicas; other++) {
                            others.add(addresses.serviceUrl(backend, other));
                        }
                        env.put(
                                "CONFERENCE_GATEWAY_REPLICAS_"
                                        + backend.moduleName
                                                .toUpperCase(Locale.ROOT)
                                                .replace('-', '_'),
                                String.join(",", others));
                    }
                }
            }
            env.put("CONFERENCE_AUTH_KEY_FILE", gatewaySigningKey.toString());
        }
        return env;
    }
}
