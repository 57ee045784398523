package vn.gov.conference.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.conference.bench.api.PdfFiles;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.api.Submissions;
import vn.gov.conference.bench.api.Submissions.Target;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.ProcessedEvents;
import vn.gov.conference.bench.stack.TopicRecorder;
import vn.gov.conference.bench.stack.TopicRecorder.Recorded;

/**
 * Two poison messages on {@code conference.material.v1}, keyed by a real plan so they share its partition: one that
 * is no CloudEvent at all, one whose headers are right but whose data cannot be read. Then a real submission on that
 * plan. Each consumer group must put both poisons on its dead-letter topic and still apply the real event after them.
 * Part of the normal build and of {@code ./bench.sh faults}.
 */
@ExtendWith(FaultStack.class)
@Order(2)
class PoisonEventTests {

    private static final String TOPIC = "conference.material.v1";
    private static final List<String> GROUPS = List.of("plan-service", "notification-service");

    @Test
    void poisonsAreDeadLetteredAndThePartitionKeepsFlowing() {
        BenchStack stack = FaultStack.single();
        Verdict verdict = FaultReport.run("poison event: dead-lettered, the partition keeps flowing", () -> run(stack));
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }

    private static Verdict run(BenchStack stack) {
        String planId = stack.plans().createApproved(stack.plans().light(1));
        Target target = Submissions.departmentTargets(
                        stack.plans().awaitMaterialRequests(planId, 1, Duration.ofSeconds(60)))
                .getFirst();
        List<String> evidence = new ArrayList<>();
        boolean passed = true;
        String[] topics = {TOPIC, "error." + TOPIC + ".plan-service", "error." + TOPIC + ".notification-service"};
        try (TopicRecorder recorder = TopicRecorder.start(stack.kafka(), topics);
                ProcessedEvents processed = new ProcessedEvents(stack.mongoUri());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka(),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            String marker = "poison-" + UUID.randomUUID();
            ProducerRecord<String, byte[]> notACloudEvent = new ProducerRecord<>(
                    TOPIC, planId, ("không phải CloudEvent " + marker).getBytes(StandardCharsets.UTF_8));
            notACloudEvent.headers().add("bench-marker", marker.getBytes(StandardCharsets.UTF_8));
            String unreadableId = UUID.randomUUID().toString();
            ProducerRecord<String, byte[]> unreadable = new ProducerRecord<>(
                    TOPIC, planId, "{\"planId\": 12, \"requestId\": [".getBytes(StandardCharsets.UTF_8));
            Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            unreadableId,
                            "ce_source",
                            "urn:conference:bench",
                            "ce_type",
                            "vn.gov.conference.material.submitted.v1",
                            "ce_time",
                            OffsetDateTime.now(ZoneOffset.ofHours(7)).toString(),
                            "ce_subject",
                            planId,
                            "ce_tenant",
                            Plans.PROVINCE,
                            "content-type",
                            "application/json",
                            "bench-marker",
                            marker)
                    .forEach((k, v) -> unreadable.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            RecordMetadata first = producer.send(notACloudEvent).get();
            RecordMetadata second = producer.send(unreadable).get();
            evidence.add("poisons sent to partition " + first.partition() + " at offsets " + first.offset() + " and "
                    + second.offset() + " (key = plan " + planId + ")");

            Response submitted =
                    Submissions.submitPdf(stack.gateway(), target, "bao-cao-sau-doc.pdf", PdfFiles.random(4096, 99));
            String documentId = submitted
                    .requireOk("The submission after the poisons")
                    .json()
                    .get("documentId")
                    .asString();
            List<Recorded> real = recorder.await(
                    r -> TOPIC.equals(r.topic())
                            && "vn.gov.conference.material.submitted.v1".equals(r.type())
                            && planId.equals(r.key())
                            && !"urn:conference:bench".equals(r.header("ce_source")),
                    1,
                    Duration.ofSeconds(60));
            if (real.isEmpty()) {
                return new Verdict(
                        "poison event", false, List.of("the real MaterialSubmitted never reached the topic"));
            }
            Recorded event = real.getFirst();
            boolean samePartition = event.partition() == first.partition() && event.offset() > second.offset();
            passed &= samePartition;
            evidence.add("the real MaterialSubmitted (document " + documentId + ") followed on partition "
                    + event.partition() + " at offset " + event.offset() + (samePartition ? "" : " — NOT after them"));
            for (String group : GROUPS) {
                String database = group.equals("plan-service") ? "conference-plans" : "conference-notifications";
                Instant applied = processed
                        .awaitApplied(
                                database, group, event.header("ce_source"), List.of(event.id()), Duration.ofSeconds(60))
                        .get(event.id());
                String dlt = "error." + TOPIC + "." + group;
                List<Recorded> dead = recorder.await(
                        r -> dlt.equals(r.topic()) && marker.equals(r.header("bench-marker")),
                        2,
                        Duration.ofSeconds(30));
                boolean ok = applied != null && dead.size() == 2;
                passed &= ok;
                evidence.add(group + ": " + dead.size() + " of 2 poisons on " + dlt + "; the real event applied "
                        + (applied == null
                                ? "NEVER"
                                : (applied.toEpochMilli() - event.eventTime().toEpochMilli())
                                        + " ms after it happened"));
            }
            Response readiness = stack.gateway().get("/api/plans/" + planId + "/readiness", Plans.OFFICE);
            int submittedCount =
                    readiness.json().get("materials").get("submitted").asInt();
            passed &= submittedCount == 1;
            evidence.add("readiness of the plan counts " + submittedCount + " submitted material(s) (expected 1)");
        } catch (Exception e) {
            return new Verdict("poison event", false, List.of("could not run: " + e));
        }
        return new Verdict("poison event: dead-lettered, the partition keeps flowing", passed, evidence);
    }
}
