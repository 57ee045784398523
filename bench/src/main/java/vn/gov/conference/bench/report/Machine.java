package vn.gov.conference.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.gov.conference.localstack.LocalStack;

/** Where and when figures were measured: they mean little without the machine and how busy it was. */
public final class Machine {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Machine() {}

    /** One Markdown line: date, cores, memory, JDK, OS and the load averages right now. */
    public static String describe() {
        return "Measured " + ZonedDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"))
                + " on " + Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", JDK "
                + Runtime.version() + " (" + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name")
                + " " + System.getProperty("os.version") + "; load average " + loadAverage() + "; services "
                + (LocalStack.productionJit()
                        ? "with the full tiered compiler, as in production"
                        : "with C1 only, as ./run.sh starts them")
                + ".";
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them, or "unknown". */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GiB RAM", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: say so below.
        }
        return "RAM unknown";
    }
}
