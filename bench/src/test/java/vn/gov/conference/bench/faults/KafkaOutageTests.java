package vn.gov.conference.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.fanout.InboxWatcher;
import vn.gov.conference.bench.fanout.InboxWatcher.Mail;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.bench.stack.ProcessedEvents;
import vn.gov.conference.bench.stack.TopicRecorder;
import vn.gov.conference.bench.stack.TopicRecorder.Recorded;

/**
 * 500 plans approved at 5 a second; at the 150th approval the broker is stopped for 30 s (it is back around the
 * 350th). Each approval is one
 * PlanApproved that three services consume: documents-service opens one material request, notification-service
 * issues two invitations and mails two letters, agenda-service attaches the plan's facts; plan-service then counts
 * the invitations and the request in the plan's readiness. After the broker is back every event must have been
 * applied once by each group and every effect must be there exactly once: 500 × 2 letters, no duplicates.
 * About ten minutes: run by {@code ./bench.sh faults}, not by the normal build.
 */
@ExtendWith(FaultStack.class)
@Tag(FaultStack.HEAVY)
@Order(5)
class KafkaOutageTests {

    private static final int PLANS = 500;
    private static final int RATE = 5;
    private static final int STOP_AT = 150;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String APPROVED = "vn.gov.conference.plan.approved.v1";
    private static final String SOURCE = "urn:conference:plan-service";

    @Test
    void everyStateChangeTakesEffectOnceAfterTheBrokerIsBack() {
        BenchStack stack = FaultStack.single();
        Verdict verdict = FaultReport.run("Kafka broker stopped for 30 s during 500 state changes", () -> run(stack));
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }

    private static Verdict run(BenchStack stack) {
        stack.unthrottleGateway();
        stack.unlimitMail();
        Api gateway = stack.gateway();
        List<String> plans = new ArrayList<>();
        long prepared = System.nanoTime();
        for (int i = 0; i < PLANS; i++) {
            String id = stack.plans().create(stack.plans().light(1));
            stack.plans().submit(id);
            plans.add(id);
        }
        System.out.printf("  %d plans drafted and submitted in %.1f s%n", PLANS, (System.nanoTime() - prepared) / 1e9);
        InboxWatcher.clear(stack.inboxUrl());
        List<String> evidence = new ArrayList<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        AtomicInteger failedApprovals = new AtomicInteger();
        try (TopicRecorder recorder = TopicRecorder.start(stack.kafka(), "conference.plan.v1");
                InboxWatcher inbox = InboxWatcher.start(stack.inboxUrl());
                ProcessedEvents processed = new ProcessedEvents(stack.mongoUri())) {
            Thread outage = null;
            long start = System.nanoTime();
            long[] outageWindow = new long[2];
            double[] brokerRestart = new double[1];
            for (int i = 0; i < PLANS; i++) {
                long due = start + i * (1_000_000_000L / RATE);
                while (System.nanoTime() < due) {
                    Pause.millis(2);
                }
                if (i == STOP_AT) {
                    outage = Thread.ofPlatform().start(() -> {
                        outageWindow[0] = System.nanoTime();
                        stack.control().stopKafka();
                        System.out.printf("  broker stopped at approval %d%n", STOP_AT);
                        Pause.of(OUTAGE);
                        outageWindow[1] = System.nanoTime();
                        stack.control().startKafka(Duration.ofMinutes(2));
                        brokerRestart[0] = (System.nanoTime() - outageWindow[1]) / 1e9;
                        System.out.printf(
                                "  broker answering again %.1f s after it was stopped%n",
                                (System.nanoTime() - outageWindow[0]) / 1e9);
                    });
                }
                String id = plans.get(i);
                try {
                    Response approved = gateway.postJson("/api/plans/" + id + "/approve", Plans.APPROVER, "{}");
                    if (approved.ok()) {
                        numbers.put(id, approved.json().get("documentNumber").asString());
                    } else {
                        failedApprovals.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failedApprovals.incrementAndGet();
                }
            }
            System.out.printf(
                    "  %d approvals sent in %.1f s (%d refused)%n",
                    PLANS, (System.nanoTime() - start) / 1e9, failedApprovals.get());
            if (outage != null) {
                outage.join();
            }
            Set<String> ours = new HashSet<>(plans);
            List<Recorded> events = recorder.awaitDistinct(
                    r -> APPROVED.equals(r.type()) && ours.contains(r.key()), numbers.size(), Duration.ofMinutes(5));
            Map<String, String> eventOfPlan = new HashMap<>();
            events.forEach(e -> eventOfPlan.putIfAbsent(e.key(), e.id()));
            long redelivered =
                    events.size() - events.stream().map(Recorded::id).distinct().count();
            evidence.add(numbers.size() + " of " + PLANS + " approvals answered 200 (" + failedApprovals.get()
                    + " refused); the broker was stopped at approval " + STOP_AT + " and answered again "
                    + String.format("%.1f", (outageWindow[1] - outageWindow[0]) / 1e9 + brokerRestart[0])
                    + " s later");
            evidence.add(eventOfPlan.size() + " PlanApproved events on conference.plan.v1 for those plans, in "
                    + events.size() + " records (" + redelivered + " published again with the same id by the"
                    + " at-least-once outbox relay)");
            boolean passed = failedApprovals.get() == 0 && eventOfPlan.size() == PLANS;

            for (String[] group : List.of(
                    new String[] {"documents-service", "conference-documents"},
                    new String[] {"notification-service", "conference-notifications"},
                    new String[] {"agenda-service", "conference-agenda"})) {
                int applied = processed
                        .awaitApplied(group[1], group[0], SOURCE, eventOfPlan.values(), Duration.ofMinutes(3))
                        .size();
                passed &= applied == eventOfPlan.size();
                evidence.add(group[0] + " applied " + applied + " of them (each recorded once in processed_events)");
            }

            // plan-service's readiness counts what documents- and notification-service made of each approval.
            int complete = awaitReadiness(gateway, ours, Duration.ofMinutes(3));
            passed &= complete == PLANS;
            evidence.add("readiness: " + complete + " of " + PLANS + " plans show exactly 2 invitations issued and 1"
                    + " material requested");

            Set<String> icsNames = new HashSet<>();
            numbers.values().forEach(n -> icsNames.add("Lịch hội nghị " + n.replace('/', '-') + ".ics"));
            List<Mail> letters = inbox.await(
                    m -> m.subject() != null
                            && m.subject().startsWith("Giấy mời")
                            && m.attachmentNames().stream().anyMatch(icsNames::contains),
                    2 * PLANS,
                    Duration.ofSeconds(60),
                    Duration.ofMinutes(5));
            Map<String, Integer> perLetter = new HashMap<>();
            for (Mail mail : letters) {
                String ics = mail.attachmentNames().stream()
                        .filter(icsNames::contains)
                        .findFirst()
                        .orElseThrow();
                mail.recipients().forEach(r -> perLetter.merge(r + " " + ics, 1, Integer::sum));
            }
            long duplicates = perLetter.values().stream()
                    .filter(n -> n > 1)
                    .mapToLong(n -> n - 1)
                    .sum();
            passed &= letters.size() == 2 * PLANS && perLetter.size() == 2 * PLANS && duplicates == 0;
            evidence.add(letters.size() + " invitation letters accepted by the SMTP sink for " + numbers.size()
                    + " plans (expected " + 2 * PLANS + "), " + perLetter.size() + " distinct (recipient, plan), "
                    + duplicates + " duplicates");
            return new Verdict("Kafka broker stopped for 30 s during 500 state changes", passed, evidence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict("Kafka outage", false, List.of("interrupted"));
        } finally {
            if (!stack.control().isKafkaRunning()) {
                stack.control().startKafka(Duration.ofMinutes(2));
            }
        }
    }

    /** How many of {@code plans} show 2 invitations issued and 1 material requested, once that stops changing. */
    private static int awaitReadiness(Api gateway, Set<String> plans, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int complete = 0;
        while (System.nanoTime() < deadline) {
            complete = 0;
            Response response = gateway.get("/api/readiness?province=" + Plans.PROVINCE, Plans.OFFICE);
            if (response.ok()) {
                for (JsonNode province : response.json().get("provinces")) {
                    for (JsonNode plan : province.get("plans")) {
                        if (plans.contains(plan.get("planId").asString())
                                && plan.get("invitations").get("issued").asInt() == 2
                                && plan.get("materials").get("requested").asInt() == 1) {
                            complete++;
                        }
                    }
                }
            }
            if (complete == plans.size()) {
                return complete;
            }
            Pause.millis(2000);
        }
        return complete;
    }
}
