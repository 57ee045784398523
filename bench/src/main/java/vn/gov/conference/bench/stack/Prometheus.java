package vn.gov.conference.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.gov.conference.localstack.ServiceDefinition;

/** A service's {@code /actuator/prometheus} page, read as the benches need it. */
public final class Prometheus {

    private Prometheus() {}

    /**
     * The sum of the samples of every series named {@code metric} whose labels contain all of {@code labels}
     * (such as {@code area="heap"}); -1 when the page could not be read or has none.
     */
    public static double sum(
            HttpClient http, BenchStack stack, ServiceDefinition service, String metric, String... labels)
            throws IOException, InterruptedException {
        String text = http.send(
                        HttpRequest.newBuilder(URI.create(
                                        stack.stack().addresses().serviceUrl(service) + "/actuator/prometheus"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return sum(text, metric, labels);
    }

    static double sum(String text, String metric, String... labels) {
        double total = 0;
        boolean found = false;
        lines:
        for (String line : text.split("\n")) {
            if (!line.startsWith(metric + "{") && !line.startsWith(metric + " ")) {
                continue;
            }
            for (String label : labels) {
                if (!line.contains(label)) {
                    continue lines;
                }
            }
            total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            found = true;
        }
        return found ? total : -1;
    }
}
