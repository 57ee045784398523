package vn.gov.conference.bench.upload;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.bench.stack.Prometheus;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * Samples one service's memory while uploads run: its resident set (from /proc, every 100 ms) and its old generation
 * (Serial GC's "Tenured Gen", from its Prometheus endpoint, every 500 ms). A service that held whole uploads in memory
 * would show them in the old generation; a streaming one only churns the young one.
 */
final class MemorySampler implements AutoCloseable {

    record Sample(long nanos, long rss, long tenured) {}

    private final ServiceDefinition service;
    private final BenchStack stack;
    private final List<Sample> samples = new ArrayList<>();
    private final HttpClient http = Api.newClient();
    private final Thread thread;
    private volatile boolean stopped;

    MemorySampler(BenchStack stack, ServiceDefinition service) {
        this.stack = stack;
        this.service = service;
        this.thread = Thread.ofPlatform()
                .daemon()
                .name("memory-" + service.moduleName())
                .start(this::sample);
    }

    private void sample() {
        long lastTenured = -1;
        long lastScrape = 0;
        while (!stopped) {
            long now = System.nanoTime();
            if (now - lastScrape > 500_000_000L) {
                lastTenured = tenured();
                lastScrape = now;
            }
            OptionalLong rss = stack.residentBytes(service);
            synchronized (samples) {
                samples.add(new Sample(now, rss.orElse(-1), lastTenured));
            }
            Pause.millis(100);
        }
    }

    private long tenured() {
        try {
            return (long) Prometheus.sum(http, stack, service, "jvm_memory_used_bytes", "area=\"heap\"", "Tenured");
        } catch (Exception e) {
            // A missed scrape keeps the previous value.
            return -1;
        }
    }

    List<Sample> between(long fromNanos, long toNanos) {
        synchronized (samples) {
            return samples.stream()
                    .filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos)
                    .toList();
        }
    }

    ServiceDefinition service() {
        return service;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
