package vn.gov.conference.bench.startup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.bench.stats.Ratio;
import vn.gov.conference.localstack.LocalStack;

/**
 * From the launcher's start to every part healthy, and the stack's resident memory once it is up, for the default
 * start and for the opt-in AOT cache (JDK 25's {@code -XX:AOTCache}, recorded by a training run; see the launcher's
 * {@code AotCache}). Each start is on an empty data folder; the cache's one-off training is timed apart.
 */
public final class StartupTime {

    private static final String AOT = "conference.local-stack.aot-cache";
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private StartupTime() {}

    private record Start(String label, Duration healthy, OptionalLong rss, int processes, String load) {}

    /** Start-up is measured as ./run.sh starts the services (C1 only), whichever compiler the other modes use. */
    public static Section run(Path root) {
        String jit = System.getProperty(LocalStack.PRODUCTION_JIT);
        System.setProperty(LocalStack.PRODUCTION_JIT, "false");
        try {
            return measure(root);
        } finally {
            if (jit == null) {
                System.clearProperty(LocalStack.PRODUCTION_JIT);
            } else {
                System.setProperty(LocalStack.PRODUCTION_JIT, jit);
            }
        }
    }

    private static Section measure(Path root) {
        System.out.println("\n== Start-up: launcher start → all healthy, and the stack's resident memory");
        Start plain = start(root, "default (`java -jar`, C1 only, Serial GC)", false);
        Duration training = train(root);
        Start aot = start(root, "AOT cache (`-XX:AOTCache`, extracted jars)", true);
        Start plainAgain = start(root, "default again", false);

        Table table = Table.of(
                "start",
                "all healthy (s)",
                "vs default",
                "RSS of the stack (MiB)",
                "vs default",
                "processes",
                "load average at start");
        double base = (plain.healthy.toMillis() + plainAgain.healthy.toMillis()) / 2.0;
        long baseRss = (plain.rss.orElse(0) + plainAgain.rss.orElse(0)) / 2;
        for (Start start : java.util.List.of(plain, aot, plainAgain)) {
            table.row(
                    start.label,
                    String.format("%.1f", start.healthy.toMillis() / 1000.0),
                    Ratio.format(Ratio.of(start.healthy.toMillis(), base)),
                    start.rss.isPresent() ? String.valueOf(start.rss.getAsLong() >> 20) : "–",
                    Ratio.format(Ratio.of(start.rss.orElse(0), baseRss)),
                    start.processes,
                    start.load);
        }
        System.out.println();
        System.out.print(table.toText());
        String note = (training.isZero()
                        ? "The AOT caches were already recorded (by an earlier run, after the last" + " build)"
                        : String.format(
                                "The AOT caches were recorded once, before the AOT start, in %.1f s",
                                training.toMillis() / 1000.0))
                + ": a training start of each service, all at once, that stops as soon"
                + " as its context is refreshed; done again only when a jar or the JDK changes. \"vs default\""
                + " compares with the mean of the two default starts.";
        System.out.println(note);
        String markdown = "### Start-up\n\n" + Machine.describe() + "\n\n"
                + "`LocalStack.start` on an empty data folder (ports +" + BenchStack.PORT_OFFSET + "): Kafka, the"
                + " MongoDB-compatible server and the mail sink, then the gateway and the four services at once, until"
                + " every `/actuator/health` says UP (`LocalStack.startupTime()`, the figure `./run.sh` prints). RSS ="
                + " the launcher JVM plus every child, " + SETTLE.toSeconds() + " s after healthy. Two default starts"
                + " around the AOT one, since the machine's load moves the figures more than anything else.\n\n"
                + table.toMarkdown() + "\n" + note + "\n\nTo use it: `./run.sh --fast-start` (the launcher property `"
                + AOT + "=true`; the caches are recorded on the first such start).\n";
        return new Section("startup", markdown, true);
    }

    private static Start start(Path root, String label, boolean aot) {
        System.out.println("  starting: " + label);
        String load = Machine.loadAverage();
        if (aot) {
            System.setProperty(AOT, "true");
        }
        try (LocalStack stack = LocalStack.start(BenchStack.options(root).progress(line -> {}))) {
            Duration healthy = stack.startupTime();
            Pause.of(SETTLE);
            OptionalLong rss = stack.residentMemoryBytes();
            System.out.printf(
                    "    healthy after %.1f s, %s MiB resident in %d processes%n",
                    healthy.toMillis() / 1000.0, rss.isPresent() ? rss.getAsLong() >> 20 : "?", stack.processCount());
            return new Start(label, healthy, rss, stack.processCount(), load);
        } finally {
            System.clearProperty(AOT);
        }
    }

    /** Records the caches (when missing or stale) with a start whose figures are not counted. */
    private static Duration train(Path root) {
        System.out.println("  recording the AOT caches (if missing or stale)");
        System.setProperty(AOT, "true");
        try (LocalStack stack = LocalStack.start(BenchStack.options(root).progress(line -> {}))) {
            return stack.aotTrainingTime().orElse(Duration.ZERO);
        } finally {
            System.clearProperty(AOT);
        }
    }
}
