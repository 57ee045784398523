package vn.gov.conference.bench.stack;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * Waits, after a warm-up, until the services' JIT compilers have caught up: the load of a warm-up queues thousands of
 * methods for C2, whose one compiler thread per service drains them for minutes on two busy cores, so a window
 * measured right after measures the compilations (a quarter of the machine in the events bench's 50/s window,
 * `perf record`, 2026-12-07), not the path. Quiet = the services together spent less than {@link #QUIET} of
 * compilation time in the last {@link #STEP} (Micrometer's {@code jvm_compilation_time_ms_total}).
 */
public final class JitQuiet {

    private static final Duration STEP = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(250);

    private JitQuiet() {}

    /** Waits at most {@code limit}; says how long it waited and how much compilation time passed meanwhile. */
    public static void await(BenchStack stack, List<ServiceDefinition> services, Duration limit) {
        long start = System.nanoTime();
        try (HttpClient http = HttpClient.newHttpClient()) {
            long first = compilationMillis(http, stack, services);
            long last = first;
            while (System.nanoTime() - start < limit.toNanos()) {
                Pause.millis(STEP.toMillis());
                long now = compilationMillis(http, stack, services);
                long spent = now - last;
                last = now;
                if (spent >= 0 && spent < QUIET.toMillis()) {
                    break;
                }
            }
            System.out.printf(
                    "  JIT: %d ms of compilation in the services while waiting %.0f s for it to go quiet%n",
                    last - first, (System.nanoTime() - start) / 1e9);
        }
    }

    private static long compilationMillis(HttpClient http, BenchStack stack, List<ServiceDefinition> services) {
        long total = 0;
        for (ServiceDefinition service : services) {
            try {
                double millis = Prometheus.sum(http, stack, service, "jvm_compilation_time_ms_total");
                if (millis < 0) {
                    return -1;
                }
                total += (long) millis;
            } catch (Exception e) {
                return -1;
            }
        }
        return total;
    }
}
