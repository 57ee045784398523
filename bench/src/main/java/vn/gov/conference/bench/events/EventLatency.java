package vn.gov.conference.bench.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.PdfFiles;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.api.Submissions;
import vn.gov.conference.bench.api.Submissions.Target;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.JitQuiet;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.bench.stack.ProcessedEvents;
import vn.gov.conference.bench.stack.TopicRecorder;
import vn.gov.conference.bench.stack.TopicRecorder.Recorded;
import vn.gov.conference.bench.stats.Latencies;
import vn.gov.conference.bench.stats.Ratio;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * From a state change in one service to its effect in another: departments submit materials at a steady rate, 10 and
 * 50 a second (documents-service stores each and announces MaterialSubmitted through its outbox); plan-service applies each
 * to the plan's readiness, notification-service to its reminders. The latency of one event is from its {@code ce_time}
 * (the instant documents-service changed the request, stored with the event) to the {@code processedAt} the consumer
 * recorded after its handler ran. The baseline is a raw Kafka producer and consumer on the same broker at the same rate.
 */
public final class EventLatency {

    static final String SUBMITTED = "vn.gov.conference.material.submitted.v1";
    static final String SOURCE = "urn:conference:documents-service";
    private static final List<Integer> RATES = List.of(10, 50);
    private static final Duration LOAD = Duration.ofSeconds(20);

    /**
     * Unmeasured submissions at the highest rate, into plans of their own, before the first measurement: the services
     * run with the full tiered compiler (as in production), whose compilations would otherwise fall in the windows.
     * After 20 s of them, the JIT's compiler threads still took a quarter of the machine during the 50/s window
     * (`perf record` of every process, 2026-12-07): the request and consumer code reaches C2's thresholds only after
     * thousands of calls, which a service that has run for an hour has long made.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.events.warmUpSeconds", 60));

    /** The warm-up's requests may hold more versions: nothing is measured on them, and it needs fewer plans. */
    private static final int WARM_UP_VERSIONS_PER_REQUEST = 64;

    /**
     * At most this many versions of one material per window: a department re-submits a handful of times, not hundreds.
     * The submissions of a window are spread over as many plans (8 requests each) as that takes; with all of them on
     * one plan's 8 requests, each request had 150 versions by the end, and documents-service and the database spent
     * their time reading and writing those ever-longer aggregates instead of on the event path being measured.
     */
    private static final int VERSIONS_PER_REQUEST = 16;

    private EventLatency() {}

    public static Section run(BenchStack stack) {
        System.out.println("\n== Event latency: MaterialSubmitted (documents-service) → readiness (plan-service)");
        Api documents = stack.direct(ServiceDefinition.DOCUMENTS);
        warmUp(stack, documents);
        Table table = Table.of(
                "offered rate",
                "path",
                "events",
                "p50 (ms)",
                "p99 (ms)",
                "max (ms)",
                "p50 vs baseline",
                "p99 vs baseline");
        StringBuilder counts = new StringBuilder();
        boolean complete = true;
        for (int rate : RATES) {
            complete &= measure(stack, documents, rate, table, counts);
        }
        System.out.println();
        System.out.print(table.toText());
        System.out.print(counts);
        String markdown = "### Event latency\n\n" + Machine.describe() + "\n\n"
                + "Departments submit a small PDF (4 kB) straight to documents-service at a steady rate for "
                + LOAD.toSeconds() + " s, spread over the 8 material requests of as many new plans as keep each"
                + " request at " + VERSIONS_PER_REQUEST + " versions at most (one submission at a time per request);"
                + " documents-service announces each as MaterialSubmitted through its outbox. Latency of an"
                + " event = the consumer's `processedAt` (recorded in its `processed_events` right after the handler"
                + " ran) − the event's `ce_time` (the instant documents-service changed the request); both are"
                + " millisecond clocks of this machine. Before the first window, " + WARM_UP.toSeconds() + " s of"
                + " submissions at " + RATES.getLast()
                + "/s into plans of their own, not measured, let the JIT compile the"
                + " path, and the bench waits until the services' compilers are quiet (less than 250 ms of"
                + " compilation in 5 s). The outbox relay is woken by a save with events and reads"
                + " that document by id; it searches every outbox collection once a second for the rest. Baseline: a raw producer (synchronous send, as the relay's; the client's default settings) and consumer on the same"
                + " broker, same rate, same duration, timed by the bench; the relay's producer sets linger.ms=0"
                + " (issue 18), so the same raw path with linger.ms=0 is shown beside it. " + RATES.getLast()
                + "/s is the rate the"
                + " issue asks for; " + RATES.getFirst() + "/s shows the same path below saturation.\n\n"
                + table.toMarkdown() + "\n" + counts;
        return new Section("events", markdown, complete);
    }

    private static boolean measure(BenchStack stack, Api documents, int rate, Table table, StringBuilder counts) {
        int total = (int) (rate * LOAD.toSeconds());
        Lanes lanes = Lanes.of(stack, total);
        Latencies baseline = rawKafka(stack.kafka(), rate, null);
        System.out.printf(
                "  %d/s: raw Kafka baseline p50 %.2f ms, p99 %.2f ms%n",
                rate, baseline.p50Millis(), baseline.p99Millis());
        // The relay's producer sends with linger.ms=0 (it waits for each acknowledgement, nothing can batch): the same
        // raw path with that setting, so the reader sees how much of the gap the client's default explains.
        Latencies noLinger = rawKafka(stack.kafka(), rate, 0);
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        try (TopicRecorder recorder = TopicRecorder.start(stack.kafka(), "conference.material.v1");
                ProcessedEvents processed = new ProcessedEvents(stack.mongoUri())) {
            long startedAt = System.currentTimeMillis();
            long started = System.nanoTime();
            submitAtRate(documents, lanes.targets(), total, rate, refused, problems);
            Duration offered = Duration.ofNanos(System.nanoTime() - started);
            int accepted = total - refused.get();
            System.out.printf(
                    "  %d/s: %d submissions took %.1f s (%d refused)%n",
                    rate, total, offered.toMillis() / 1000.0, refused.get());
            Map<String, Recorded> byId = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            List<Recorded> events = List.of();
            while (byId.size() < accepted && System.nanoTime() < deadline) {
                events = recorder.matching(r -> SUBMITTED.equals(r.type())
                        && lanes.planIds().contains(r.key())
                        && r.eventTime() != null
                        && r.eventTime().toEpochMilli() >= startedAt);
                byId.clear();
                events.forEach(e -> byId.putIfAbsent(e.id(), e));
                Pause.millis(200);
            }
            Map<String, Instant> planApplied = processed.awaitApplied(
                    "conference-plans", "plan-service", SOURCE, byId.keySet(), Duration.ofSeconds(120));
            Map<String, Instant> notificationApplied = processed.awaitApplied(
                    "conference-notifications", "notification-service", SOURCE, byId.keySet(), Duration.ofSeconds(60));

            List<Long> toPlan = new ArrayList<>();
            List<Long> relay = new ArrayList<>();
            List<Long> brokerToBench = new ArrayList<>();
            List<Long> brokerToPlan = new ArrayList<>();
            List<Long> toNotification = new ArrayList<>();
            Instant first = null;
            Instant last = null;
            for (Recorded event : byId.values()) {
                Instant changed = event.eventTime();
                first = first == null || changed.isBefore(first) ? changed : first;
                last = last == null || changed.isAfter(last) ? changed : last;
                relay.add(event.brokerTimestamp() - changed.toEpochMilli());
                brokerToBench.add(event.receivedAtMillis() - event.brokerTimestamp());
                Instant applied = planApplied.get(event.id());
                if (applied != null) {
                    toPlan.add(applied.toEpochMilli() - changed.toEpochMilli());
                    brokerToPlan.add(applied.toEpochMilli() - event.brokerTimestamp());
                }
                Instant notified = notificationApplied.get(event.id());
                if (notified != null) {
                    toNotification.add(notified.toEpochMilli() - changed.toEpochMilli());
                }
            }
            double achieved = first == null
                    ? 0
                    : byId.size()
                            / Math.max(0.001, Duration.between(first, last).toMillis() / 1000.0);
            String offeredRate = rate + "/s";
            table.row(
                    offeredRate,
                    "raw Kafka produce → consume (baseline)",
                    baseline.count(),
                    f(baseline.p50Millis()),
                    f(baseline.p99Millis()),
                    f(baseline.maxMillis()),
                    "1.00×",
                    "1.00×");
            row(
                    table,
                    offeredRate,
                    "raw Kafka produce → consume, linger.ms=0 as the relay's producer",
                    noLinger,
                    baseline);
            row(
                    table,
                    offeredRate,
                    "MaterialSubmitted → plan-service readiness applied",
                    Latencies.ofMillis(toPlan),
                    baseline);
            row(
                    table,
                    offeredRate,
                    "  of which state change → on the broker (outbox relay)",
                    Latencies.ofMillis(relay),
                    baseline);
            row(
                    table,
                    offeredRate,
                    "  of which broker → applied by plan-service",
                    Latencies.ofMillis(brokerToPlan),
                    baseline);
            // The same records as a plain consumer sees them during the load: tells a slow broker from a slow service.
            row(
                    table,
                    offeredRate,
                    "  broker → seen by a plain consumer, same records",
                    Latencies.ofMillis(brokerToBench),
                    baseline);
            row(
                    table,
                    offeredRate,
                    "MaterialSubmitted → notification-service applied",
                    Latencies.ofMillis(toNotification),
                    baseline);
            counts.append(String.format(
                    "At %d/s offered: %d of %d submissions accepted, offered over %.1f s"
                            + " (achieved %.1f events/s); %d distinct events on the topic in %d records (%d published"
                            + " again with the same id by the at-least-once relay); applied by plan-service: %d, by"
                            + " notification-service: %d.%n",
                    rate,
                    accepted,
                    total,
                    offered.toMillis() / 1000.0,
                    achieved,
                    byId.size(),
                    events.size(),
                    events.size() - byId.size(),
                    planApplied.size(),
                    notificationApplied.size()));
            problems.stream().limit(3).forEach(p -> System.out.println("  refused: " + p));
            return accepted > 0
                    && byId.size() == accepted
                    && planApplied.size() == accepted
                    && notificationApplied.size() == accepted;
        }
    }

    private static void row(Table table, String rate, String label, Latencies measured, Latencies baseline) {
        if (measured.count() == 0) {
            table.row(rate, label, 0, "–", "–", "–", "–", "–");
            return;
        }
        table.row(
                rate,
                label,
                measured.count(),
                f(measured.p50Millis()),
                f(measured.p99Millis()),
                f(measured.maxMillis()),
                Ratio.format(Ratio.of(measured.p50Millis(), baseline.p50Millis())),
                Ratio.format(Ratio.of(measured.p99Millis(), baseline.p99Millis())));
    }

    private static void warmUp(BenchStack stack, Api documents) {
        int rate = RATES.getLast();
        int total = (int) (rate * WARM_UP.toSeconds());
        Lanes lanes = Lanes.of(stack, total, WARM_UP_VERSIONS_PER_REQUEST);
        AtomicInteger refused = new AtomicInteger();
        submitAtRate(documents, lanes.targets(), total, rate, refused, new ConcurrentLinkedQueue<>());
        System.out.printf(
                "  warm-up: %d s at %d/s into plans of its own (%d refused)%n",
                WARM_UP.toSeconds(), rate, refused.get());
        JitQuiet.await(
                stack,
                List.of(ServiceDefinition.DOCUMENTS, ServiceDefinition.PLAN, ServiceDefinition.NOTIFICATION),
                Duration.ofSeconds(120));
    }

    /** The plans a window's submissions go to, and their department requests (8 a plan), one lane each. */
    private record Lanes(Set<String> planIds, List<Target> targets) {

        static Lanes of(BenchStack stack, int submissions) {
            return of(stack, submissions, VERSIONS_PER_REQUEST);
        }

        static Lanes of(BenchStack stack, int submissions, int versionsPerRequest) {
            int plans = Math.max(1, (submissions + 8 * versionsPerRequest - 1) / (8 * versionsPerRequest));
            Set<String> planIds = new HashSet<>();
            List<Target> targets = new ArrayList<>();
            for (int i = 0; i < plans; i++) {
                String planId = stack.plans().createApproved(stack.plans().full());
                planIds.add(planId);
                targets.addAll(Submissions.departmentTargets(
                        stack.plans().awaitMaterialRequests(planId, 8, Duration.ofSeconds(60))));
            }
            return new Lanes(Set.copyOf(planIds), List.copyOf(targets));
        }
    }

    /** Open loop: one submission every 1/rate s, each request's submissions one after the other. */
    private static void submitAtRate(
            Api documents,
            List<Target> targets,
            int total,
            int rate,
            AtomicInteger refused,
            ConcurrentLinkedQueue<String> problems) {
        List<ExecutorService> lanes =
                targets.stream().map(t -> Executors.newSingleThreadExecutor()).toList();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        byte[][] files = new byte[16][];
        for (int i = 0; i < files.length; i++) {
            files[i] = PdfFiles.random(4096, i);
        }
        clock.scheduleAtFixedRate(
                () -> {
                    int i = next.getAndIncrement();
                    if (i >= total) {
                        return;
                    }
                    int lane = i % targets.size();
                    lanes.get(lane).submit(() -> {
                        try {
                            Response response = Submissions.submitPdf(
                                    documents, targets.get(lane), "bao-cao-" + i + ".pdf", files[i % files.length]);
                            if (response.status() != 201) {
                                refused.incrementAndGet();
                                problems.add(response.describe());
                            }
                        } catch (RuntimeException e) {
                            refused.incrementAndGet();
                            problems.add(e.toString());
                        }
                    });
                },
                0,
                1_000_000 / rate,
                TimeUnit.MICROSECONDS);
        while (next.get() < total) {
            Pause.millis(50);
        }
        clock.shutdown();
        lanes.forEach(ExecutorService::shutdown);
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Raw produce → consume on the broker of the stack, at the same rate and for the same time. */
    private static Latencies rawKafka(String bootstrapServers, int rate, Integer lingerMs) {
        String topic = "bench.latency." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + topic, e);
        }
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        int total = (int) (rate * LOAD.toSeconds());
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-baseline-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                LongDeserializer.class);
        Thread consumer = Thread.ofPlatform().daemon().start(() -> {
            try (KafkaConsumer<String, Long> kafka = new KafkaConsumer<>(consumerConfig)) {
                kafka.subscribe(List.of(topic));
                long deadline = System.nanoTime() + LOAD.plusSeconds(60).toNanos();
                while (samples.size() < total && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, Long> record : kafka.poll(Duration.ofMillis(100))) {
                        samples.add(System.nanoTime() - record.value());
                    }
                }
            }
        });
        Map<String, Object> producerConfig = new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                LongSerializer.class));
        if (lingerMs != null) {
            producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        }
        try (KafkaProducer<String, Long> producer = new KafkaProducer<>(producerConfig)) {
            // Let the consumer join its group first, so the first records do not wait for a rebalance.
            Pause.millis(3000);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * (1_000_000_000L / rate);
                while (System.nanoTime() < due) {
                    Pause.millis(1);
                }
                producer.send(new ProducerRecord<>(topic, "plan-" + (i % 8), System.nanoTime()))
                        .get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The raw Kafka baseline failed", e);
        }
        try {
            consumer.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Latencies.ofNanos(samples);
    }

    private static String f(double millis) {
        return String.format("%.1f", millis);
    }
}
