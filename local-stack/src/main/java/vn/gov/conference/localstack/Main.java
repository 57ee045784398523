package vn.gov.conference.localstack;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * {@code ./run.sh} ends here: starts the stack, prints where everything is, and keeps it running until
 * Ctrl-C (SIGINT) or SIGTERM, when the shutdown hook of {@link LocalStack} stops every child.
 */
public final class Main {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    static final String USAGE = """
            Usage: ./run.sh [options]
              --clean             wipe the data folder first (Kafka topics, databases, secrets, logs)
              --demo              load the demo data once everything is healthy (its clock: see --clock)
              --clock <time>      run the services' clock from this moment, e.g. 2024-07-26T08:00+07:00
                                  (Asia/Ho_Chi_Minh when no offset is given); 'now' for the real clock.
                                  --demo alone sets the demo's own moment, 2024-07-26T08:00+07:00
              --no-build          do not build; run the jars already in */target
              --fast-start        start the services from AOT caches (JDK 25+; CDS on 21-24): about half the start-up time,
                                  after a one-off training run of about a minute that is repeated only when a jar changes
              --infra-only        start only Kafka, the MongoDB-compatible server and the mail sink
              --port-offset <n>   add n to every port (to run beside another stack)
              --replicas <n>      run n processes (2 or 3) of each service and of the web pages, the second on
                                  its port + 100 (plan-service 8081, 8181), the gateway balancing between them
              --data <folder>     keep data somewhere other than ./.data
              --timeout <seconds> how long start-up may take before giving up (default 240)
              --help              show this text""";

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        // Before anything logs: the launcher's own logging configuration, warnings only, to the terminal.
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "local-stack-log4j2.xml");
        }
        StackOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(USAGE);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(options);
        } catch (StartupFailure e) {
            System.err.println();
            System.err.println("The local stack did not start. " + e.getMessage());
            if (!e.isStoppedOnRequest()) {
                // Not while the JVM is already exiting on a signal: exit() would then wait forever.
                System.exit(1);
            }
            return;
        }
        if (options.clockShifted()) {
            System.out.println("\nThe services' clock is shifted by " + options.clockOffset() + ": for them it is now "
                    + SHOWN.format(Instant.now().plus(options.clockOffset()).atZone(VIETNAM)) + " (Asia/Ho_Chi_Minh).");
        }
        System.out.println(AddressTable.render(stack, startupTime(stack)));
        Thread.currentThread().join();
    }

    /** Null when only the usage was asked for. */
    static StackOptions parse(String[] args) {
        StackOptions options =
                StackOptions.forRepository(Path.of("").toAbsolutePath()).progress(System.out::println);
        boolean clockGiven = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clean" -> options = options.clean(true);
                case "--demo" -> options = options.demo(true);
                case "--clock" -> {
                    String value = value(args, ++i, "--clock");
                    options = "now".equals(value) ? options.clockOffset(Duration.ZERO) : options.clockAt(moment(value));
                    clockGiven = true;
                }
                case "--no-build" -> {
                    // Handled by run.sh; accepted here so the launcher can be started the same way by hand.
                }
                case "--fast-start" -> System.setProperty(AotCache.PROPERTY, "true"); // read where services start
                case "--infra-only" -> options = options.infrastructureOnly();
                case "--port-offset" -> options = options.portOffset(number(args, ++i, "--port-offset"));
                case "--replicas" -> options = options.replicas(number(args, ++i, "--replicas"));
                case "--data" -> options = options.dataFolder(Path.of(value(args, ++i, "--data")));
                case "--timeout" ->
                    options = options.startupTimeout(Duration.ofSeconds(number(args, ++i, "--timeout")));
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("Unknown option: " + args[i]);
            }
        }
        if (options.demo() && !clockGiven) {
            // The demo data tells a story set on a given day; without its clock its deadlines would all be past.
            StackOptions demo = options;
            options = options.demoData().clock().map(demo::clockAt).orElse(demo);
        }
        return options;
    }

    private static OffsetDateTime moment(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(VIETNAM).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--clock needs a date and time such as 2024-07-26T08:00+07:00"
                        + " (or 'now'), not '" + value + "'");
            }
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int number(String[] args, int index, String option) {
        String value = value(args, index, option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
    }

    /**
     * Includes the JVM's own start, which a person waiting at the terminal also waited for. Not the process's
     * start: run.sh execs the launcher, so the process began before the build.
     */
    private static Duration startupTime(LocalStack stack) {
        Instant jvmStart =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return Duration.between(jvmStart, stack.readyAt());
    }
}
