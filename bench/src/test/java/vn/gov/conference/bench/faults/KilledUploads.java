package vn.gov.conference.bench.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.PdfFiles;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.api.Submissions;
import vn.gov.conference.bench.api.Submissions.Target;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * 100 uploads of 4 MB through the gateway by four clients; when 40 are acknowledged, one process of documents-service
 * is killed outright (SIGKILL) and started again: the only one, or one of two that the gateway balances between.
 * Clients retry what failed, as a department's system would. Afterwards every version of every request is read back
 * from every process of documents-service: each acknowledged upload must be there with its SHA-256, and every version
 * that is there must be whole (its bytes hash to what was recorded and to one of the files sent).
 */
final class KilledUploads {

    private static final int FILES = 100;
    private static final int SIZE = 4_000_000;
    private static final int CLIENTS = 4;
    private static final int KILL_AFTER = 40;

    private KilledUploads() {}

    private record Ack(int file, String requestId, String documentId, int version, String sha256) {}

    /**
     * @param replica  which process of documents-service is killed (from 0)
     * @param replicas how many processes the stack runs; each of them reads every version back
     */
    static Verdict run(BenchStack stack, int replica, int replicas, String fault) {
        String process = ServiceDefinition.DOCUMENTS.processName(replica);
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String planId = stack.plans().createApproved(stack.plans().full());
            targets.addAll(Submissions.departmentTargets(
                    stack.plans().awaitMaterialRequests(planId, 8, Duration.ofSeconds(60))));
        }
        Map<String, Integer> shaToFile = new HashMap<>();
        List<String> shas = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            String sha = Submissions.sha256(PdfFiles.random(SIZE, 5000 + i));
            shas.add(sha);
            shaToFile.put(sha, i);
        }
        Api gateway = stack.gateway();
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failedAttempts = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger killedAfter = new AtomicInteger(-1);
        double[] restartSeconds = {-1};
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        Thread killer = Thread.ofPlatform().start(() -> {
            while (acknowledged.get() < KILL_AFTER && System.nanoTime() < deadline) {
                Pause.millis(20);
            }
            long pid = stack.control().pid(ServiceDefinition.DOCUMENTS, replica).orElse(-1L);
            stack.control().kill(ServiceDefinition.DOCUMENTS, replica);
            killedAfter.set(acknowledged.get());
            System.out.println("  killed " + process + " (pid " + pid + ") after " + killedAfter.get()
                    + " acknowledged uploads; starting it again");
            long started = System.nanoTime();
            stack.control().start(ServiceDefinition.DOCUMENTS, replica, Map.of(), BenchStack.START_TIMEOUT);
            restartSeconds[0] = (System.nanoTime() - started) / 1e9;
            System.out.printf("  %s healthy again after %.1f s%n", process, restartSeconds[0]);
        });
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int file = client; file < FILES; file += CLIENTS) {
                        Target target = targets.get(client + CLIENTS * ((file / CLIENTS) % (targets.size() / CLIENTS)));
                        byte[] content = PdfFiles.random(SIZE, 5000 + file);
                        while (System.nanoTime() < deadline) {
                            try {
                                Response answer =
                                        Submissions.submitPdf(gateway, target, "tai-lieu-" + file + ".pdf", content);
                                if (answer.status() == 201) {
                                    JsonNode body = answer.json();
                                    acks.add(new Ack(
                                            file,
                                            target.requestId(),
                                            body.get("documentId").asString(),
                                            body.get("version").asInt(),
                                            body.get("sha256").asString()));
                                    acknowledged.incrementAndGet();
                                    break;
                                }
                                failedAttempts.add("file " + file + ": " + answer.status());
                            } catch (RuntimeException e) {
                                failedAttempts.add(
                                        "file " + file + ": " + e.getClass().getSimpleName());
                            }
                            Pause.millis(1000);
                        }
                    }
                });
            }
            clients.shutdown();
            clients.awaitTermination(10, TimeUnit.MINUTES);
            killer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(fault, false, List.of("interrupted"));
        }

        // Read every version of every request back, straight from each process of documents-service.
        List<Api> readers = new ArrayList<>();
        for (int r = 0; r < replicas; r++) {
            readers.add(stack.direct(ServiceDefinition.DOCUMENTS, r));
        }
        Api documents = readers.getFirst();
        List<String> evidence = new ArrayList<>();
        int versions = 0;
        int whole = 0;
        int foreign = 0;
        int unacknowledgedButWhole = 0;
        Set<String> acknowledgedKeys = new HashSet<>();
        acks.forEach(a -> acknowledgedKeys.add(a.requestId() + "#" + a.version()));
        Set<String> present = new HashSet<>();
        for (Target target : targets) {
            JsonNode request = documents
                    .get("/api/material-requests/" + target.requestId(), target.ownerClient())
                    .requireOk("Reading request " + target.requestId())
                    .json();
            if (request.get("documentId") == null || request.get("documentId").isNull()) {
                continue;
            }
            String documentId = request.get("documentId").asString();
            JsonNode list = documents
                    .get("/api/documents/" + documentId + "/versions", target.ownerClient())
                    .requireOk("Versions of " + documentId)
                    .json();
            for (JsonNode version : list.has("versions") ? list.get("versions") : list) {
                versions++;
                int number = version.get("version").asInt();
                String recorded = version.get("sha256").asString();
                boolean intact = true;
                for (Api reader : readers) {
                    Response content = reader.get(
                            "/api/documents/" + documentId + "/content?version=" + number, target.ownerClient());
                    String actual =
                            content.ok() ? Submissions.sha256(content.body()) : "unreadable " + content.status();
                    intact &= recorded.equals(actual)
                            && content.body().length == version.get("size").asLong();
                }
                whole += intact ? 1 : 0;
                foreign += shaToFile.containsKey(recorded) ? 0 : 1;
                String key = target.requestId() + "#" + number;
                present.add(key);
                if (!acknowledgedKeys.contains(key) && intact) {
                    unacknowledgedButWhole++;
                }
            }
        }
        long acknowledgedMissing = acks.stream()
                .filter(a -> !present.contains(a.requestId() + "#" + a.version()))
                .count();
        long wrongSha = acks.stream()
                .filter(a -> !a.sha256().equals(shas.get(a.file())))
                .count();
        long[] orphans = gridFsOrphans(stack);
        boolean passed = acks.size() == FILES
                && acknowledgedMissing == 0
                && wrongSha == 0
                && whole == versions
                && foreign == 0
                && killedAfter.get() >= 0;
        evidence.add(process
                + (replicas > 1 ? " (one of " + replicas + " processes the gateway balances between)" : "")
                + (killedAfter.get() < 0
                        ? " was NEVER killed"
                        : " killed with SIGKILL after "
                                + killedAfter.get() + " acknowledged uploads, healthy again "
                                + String.format("%.1f", restartSeconds[0]) + " s after it was started again"));
        evidence.add(acks.size() + " of " + FILES + " uploads acknowledged (201) with the file's SHA-256 ("
                + wrongSha + " mismatched); " + failedAttempts.size() + " attempts failed while the service was down"
                + " or dying and were retried"
                + (failedAttempts.isEmpty()
                        ? ""
                        : " (e.g. "
                                + String.join(
                                        ", ", failedAttempts.stream().limit(4).toList()) + ")"));
        evidence.add(versions + " versions stored in " + targets.size() + " requests, " + whole
                + " read back whole from " + (replicas > 1 ? "each of the " + replicas + " processes" : "the service")
                + " (content SHA-256 = recorded SHA-256, length = recorded size); "
                + acknowledgedMissing + " acknowledged uploads missing; " + foreign + " versions of unknown content");
        evidence.add(unacknowledgedButWhole + " versions recorded whose answer never reached the client (the kill came"
                + " between the save and the answer); each is whole, and its retry made another version");
        evidence.add("GridFS after the run: " + orphans[0] + " stored files that no version names and " + orphans[1]
                + " sets of chunks without a file document (an upload cut by the kill): invisible through the API,"
                + " deleted by documents-service's orphan sweep after `documents.content.orphan-grace` (1 h)");
        return new Verdict(fault, passed, evidence);
    }

    /** {files no version references, chunk groups without a files document} in documents-service's bucket. */
    private static long[] gridFsOrphans(BenchStack stack) {
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            MongoDatabase db = client.getDatabase("conference-documents");
            Set<String> referenced = new HashSet<>();
            for (Document request : db.getCollection("material_requests").find()) {
                for (Document submission : request.getList("submissions", Document.class, List.of())) {
                    referenced.add(String.valueOf(submission.get("fileId")));
                }
            }
            Set<String> files = new HashSet<>();
            long unreferenced = 0;
            for (Document file : db.getCollection("materials.files").find().projection(new Document("_id", 1))) {
                String id = String.valueOf(file.get("_id"));
                files.add(id);
                unreferenced += referenced.contains(id) ? 0 : 1;
            }
            Set<String> chunkOwners = new HashSet<>();
            for (Document chunk : db.getCollection("materials.chunks")
                    .find()
                    .projection(new Document("files_id", 1).append("_id", 0))) {
                chunkOwners.add(String.valueOf(chunk.get("files_id")));
            }
            chunkOwners.removeAll(files);
            return new long[] {unreferenced, chunkOwners.size()};
        } catch (RuntimeException e) {
            System.out.println("  could not count GridFS orphans: " + e);
            return new long[] {-1, -1};
        }
    }
}
