package vn.gov.conference.bench.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.localstack.LocalStack;
import vn.gov.conference.localstack.ServiceDefinition;
import vn.gov.conference.localstack.StackControl;
import vn.gov.conference.localstack.StackOptions;

/**
 * The stack a benchmark run works on: the real local stack (Kafka broker, MongoDB-compatible server, mail sink, the
 * gateway and the four services) started on an empty data folder with every port shifted by {@value #PORT_OFFSET}, so
 * that it runs beside a developer's stack (offset 0) and the end-to-end tests' (offset 20000).
 */
public final class BenchStack implements AutoCloseable {

    /**
     * Ports +3000 unless {@code -Dbench.portOffset} (BENCH_PORT_OFFSET in bench.sh) says otherwise, for two checkouts
     * at once. Every port stays below 32768, where Linux hands out the ephemeral ports of outgoing connections (at
     * +30000 a service once found its port taken by another program's connection).
     */
    public static final int PORT_OFFSET = Integer.getInteger("bench.portOffset", 3_000);
    /** Six minutes, or {@code -Dbench.startupMinutes} (BENCH_STARTUP_MINUTES in bench.sh) on a machine busy with others. */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("bench.startupMinutes", 6));

    /**
     * The gateway's per-client and per-address rate limits (600 and 120 a minute) would refuse most of a throughput
     * run; the limiter still runs on every request, only its bucket is large enough never to refuse one.
     */
    public static final Map<String, String> UNTHROTTLED_GATEWAY = Map.of(
            "CONFERENCE_GATEWAY_LIMITS_RATE_CLIENTREQUESTS", "100000000",
            "CONFERENCE_GATEWAY_LIMITS_RATE_ANONYMOUSREQUESTS", "100000000");

    /**
     * notification-service sends at most 30 emails at once and then 60 a minute per province, on purpose (a
     * provincial mail relay's limits). For the raw capacity of the email pipeline the bucket is made large enough
     * never to hold an email back; batch size and relay interval keep their defaults.
     */
    public static final Map<String, String> UNLIMITED_MAIL = Map.of(
            "CONFERENCE_NOTIFICATION_MAIL_PERMINUTE", "100000000",
            "CONFERENCE_NOTIFICATION_MAIL_BURST", "100000000");

    private final Path root;
    private final LocalStack stack;
    private final Api gateway;
    private final Plans plans;
    private boolean gatewayUnthrottled;
    private boolean mailUnlimited;

    private BenchStack(Path root, LocalStack stack) {
        this.root = root;
        this.stack = stack;
        this.gateway = Api.at(stack.addresses().gatewayUrl(), stack.addresses().gatewayUrl());
        this.plans = new Plans(gateway, root);
    }

    public static BenchStack start(Path root) {
        return start(root, 1);
    }

    /** With {@code replicas} processes of each service behind the one gateway (the replica fault runs take 2). */
    public static BenchStack start(Path root, int replicas) {
        return new BenchStack(root, LocalStack.start(options(root).replicas(replicas)));
    }

    public static StackOptions options(Path root) {
        Path data = root.resolve("bench/target/stack");
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StackOptions.forRepository(root)
                .dataFolder(data)
                .portOffset(PORT_OFFSET)
                .clean(true)
                .startupTimeout(START_TIMEOUT)
                .progress(line -> System.out.println("  [stack] " + line));
    }

    public LocalStack stack() {
        return stack;
    }

    public StackControl control() {
        return stack.control();
    }

    public Path root() {
        return root;
    }

    /** The public API through the gateway. */
    public Api gateway() {
        return gateway;
    }

    /** One service directly, with the same tokens (the services trust the gateway's keys). */
    public Api direct(ServiceDefinition service) {
        return gateway.sameTokensAt(stack.addresses().serviceUrl(service));
    }

    /** One process of a replicated service directly ({@code replica} from 0). */
    public Api direct(ServiceDefinition service, int replica) {
        return gateway.sameTokensAt(stack.addresses().serviceUrl(service, replica));
    }

    public Plans plans() {
        return plans;
    }

    public String mongoUri() {
        return stack.addresses().mongoUri();
    }

    public String kafka() {
        return stack.addresses().kafkaBootstrapServers();
    }

    public String inboxUrl() {
        return stack.addresses().mailInboxUrl();
    }

    public OptionalLong residentBytes(ServiceDefinition service) {
        return control().pid(service).map(BenchStack::residentBytes).orElse(OptionalLong.empty());
    }

    /** Restarts the gateway once with {@link #UNTHROTTLED_GATEWAY}; tokens stay valid (the key is on disk). */
    public void unthrottleGateway() {
        if (!gatewayUnthrottled) {
            System.out.println("  Restarting the gateway with a per-client rate limit of 100,000,000 a minute");
            control().restart(ServiceDefinition.GATEWAY, UNTHROTTLED_GATEWAY, START_TIMEOUT);
            gatewayUnthrottled = true;
        }
    }

    /** Restarts notification-service once with {@link #UNLIMITED_MAIL}. */
    public void unlimitMail() {
        if (!mailUnlimited) {
            System.out.println("  Restarting notification-service without its per-province send rate limit");
            control().restart(ServiceDefinition.NOTIFICATION, UNLIMITED_MAIL, START_TIMEOUT);
            mailUnlimited = true;
        }
    }

    public boolean mailUnlimited() {
        return mailUnlimited;
    }

    /** Resident memory of one process from /proc (Linux). */
    public static OptionalLong residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Gone, or not Linux.
        }
        return OptionalLong.empty();
    }

    public List<ServiceDefinition> services() {
        return List.of(ServiceDefinition.values());
    }

    @Override
    public void close() {
        stack.close();
    }
}
