package vn.gov.conference.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What ./run.sh prints once everything is healthy: every address, how long it took, how much memory it uses. */
final class AddressTable {

    private AddressTable() {}

    static String render(LocalStack stack, Duration startupTime) {
        StackAddresses at = stack.addresses();
        boolean services = stack.childProcessIds().containsKey(ServiceDefinition.GATEWAY.moduleName());
        Map<String, String> rows = new LinkedHashMap<>();
        if (services) {
            rows.put("Gateway (public API)", at.gatewayUrl());
            rows.put("Pages (letters' links)", at.gatewayUrl() + "/");
            rows.put("Swagger UI", at.swaggerUiUrl());
            rows.put("Tokens", at.gatewayUrl() + "/oauth2/token   (keys: " + at.jwkSetUri() + ")");
            for (ServiceDefinition service : ServiceDefinition.values()) {
                if (service != ServiceDefinition.GATEWAY) {
                    StringBuilder urls = new StringBuilder(at.serviceUrl(service));
                    for (int replica = 1; replica < stack.options().replicas(); replica++) {
                        urls.append(", ").append(at.serviceUrl(service, replica));
                    }
                    rows.put(service.moduleName(), urls.toString());
                }
            }
        }
        rows.put("Kafka", at.kafkaBootstrapServers());
        rows.put(
                "MongoDB",
                at.mongoUri() + "   (databases "
                        + Stream.of(ServiceDefinition.values())
                                .flatMap(s -> s.database().stream())
                                .collect(Collectors.joining(", "))
                        + ")");
        rows.put("SMTP", at.smtpHost() + ":" + at.smtpPort());
        rows.put("Mail inbox", at.mailInboxUrl() + "   (JSON: " + at.mailInboxUrl() + "/api/messages)");
        rows.put("Data", stack.dataFolder() + "   (logs: " + relative(stack.logFolder()) + ")");

        StringBuilder out = new StringBuilder("\nLocal stack is up");
        out.append(String.format(
                ": everything healthy %.1f s after the launcher started", startupTime.toMillis() / 1000.0));
        OptionalLong rss = stack.residentMemoryBytes();
        out.append(
                        rss.isPresent()
                                ? ", " + ProcessMemory.human(rss.getAsLong()) + " resident in " + stack.processCount()
                                        + " processes"
                                : "")
                .append(".\n\n");
        rows.forEach((name, address) -> out.append(String.format("  %-22s %s%n", name, address)));
        stack.demoSummary()
                .ifPresent(
                        summary -> out.append("\n  Demo data: ").append(summary).append('\n'));
        out.append("\nPress Ctrl-C to stop everything.");
        return out.toString();
    }

    private static String relative(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
