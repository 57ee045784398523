package vn.gov.conference.bench.upload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.conference.bench.stack.BenchStack;

/**
 * The CPU time (user and system) each process of an upload's path has used so far: the bench's own JVM (the client,
 * and the plain relay), the gateway, documents-service, the database, and the rest of the stack together. Linux
 * reads it from {@code /proc/<pid>/stat} in clock ticks (10 ms), so a figure means something only summed over many
 * uploads.
 */
final class CpuMeter {

    private static final String REST = "rest of the stack";

    private final Map<String, ProcessHandle> processes;

    private final List<ProcessHandle> others;

    private CpuMeter(Map<String, ProcessHandle> processes, List<ProcessHandle> others) {
        this.processes = processes;
        this.others = others;
    }

    static CpuMeter of(BenchStack stack) {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("client", ProcessHandle.current());
        List<ProcessHandle> others = new ArrayList<>();
        stack.stack()
                .childProcessIds()
                .forEach((name, pid) -> ProcessHandle.of(pid).ifPresent(handle -> {
                    switch (name) {
                        case "gateway", "documents-service" -> processes.put(name, handle);
                        case "mongo" -> processes.put("database", handle);
                        // The rest works for an upload too: its MaterialSubmitted goes through Kafka to plan-service
                        // and
                        // notification-service, each of which writes to the database.
                        default -> others.add(handle);
                    }
                }));
        return new CpuMeter(processes, others);
    }

    /** The processes by name, then "rest of the stack" (Kafka, the other services, the web module), summed. */
    List<String> names() {
        List<String> names = new ArrayList<>(processes.keySet());
        names.add(REST);
        return names;
    }

    /** Each process's CPU time so far in nanoseconds (0 where the system does not tell). */
    Map<String, Long> read() {
        Map<String, Long> used = new LinkedHashMap<>();
        processes.forEach((name, handle) -> used.put(name, cpuNanos(handle)));
        used.put(REST, others.stream().mapToLong(CpuMeter::cpuNanos).sum());
        return used;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
