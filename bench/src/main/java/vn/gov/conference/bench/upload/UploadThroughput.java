package vn.gov.conference.bench.upload;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.PdfFiles;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.api.Submissions;
import vn.gov.conference.bench.api.Submissions.Target;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stats.Ratio;
import vn.gov.conference.bench.upload.MemorySampler.Sample;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * A 10 MB PDF submitted through the gateway into documents-service's GridFS, against the same bytes written with the
 * MongoDB driver's own GridFS into the same server (same 255 kB chunks) in the same run; then 20 such uploads at once
 * while the gateway's and documents-service's memory is sampled.
 */
public final class UploadThroughput {

    static final int SIZE = 10_000_000;
    private static final int ROUNDS = 5;

    /** Unmeasured rounds first: the database's and the services' JIT still sped each round up over the first five. */
    private static final int WARM_UP_ROUNDS = 5;

    private static final int CONCURRENT = 20;
    private static final int CHUNK = 255 * 1024;

    private UploadThroughput() {}

    public static Section run(BenchStack stack) {
        System.out.println("\n== Upload: a 10 MB PDF through the gateway into GridFS vs a raw GridFS write");
        stack.unthrottleGateway();
        // One material request per concurrent upload (a request takes one submission at a time): as many plans as
        // that needs, each with the requests its departments answer.
        List<Target> targets = new ArrayList<>();
        for (int plans = 0; targets.size() < CONCURRENT; plans++) {
            if (plans == 10) {
                throw new IllegalStateException("10 plans gave only " + targets.size() + " department requests");
            }
            String planId = stack.plans().createApproved(stack.plans().full());
            targets.addAll(Submissions.departmentTargets(
                    stack.plans().awaitMaterialRequests(planId, 8, Duration.ofSeconds(60))));
        }
        Api gateway = stack.gateway();
        Api direct = stack.direct(ServiceDefinition.DOCUMENTS);
        byte[] file = PdfFiles.random(SIZE, 42);
        String sha = Submissions.sha256(file);

        try (MongoClient mongo = MongoClients.create(stack.mongoUri());
                TcpRelay relay = TcpRelay.to(URI.create(direct.baseUrl()).getPort())) {
            GridFSBucket raw = GridFSBuckets.create(mongo.getDatabase("bench-gridfs"));
            Api relayed = direct.sameTokensAt("http://127.0.0.1:" + relay.port());
            List<Double> rawRates = new ArrayList<>();
            List<Double> directRates = new ArrayList<>();
            List<Double> relayRates = new ArrayList<>();
            List<Double> gatewayRates = new ArrayList<>();
            int mismatches = 0;
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                Target target = targets.get(round % 8);
                rawWrite(raw, file);
                upload(direct, target, file);
                upload(relayed, target, file);
                upload(gateway, target, file);
            }
            for (int round = 0; round < ROUNDS; round++) {
                rawRates.add(rate(() -> rawWrite(raw, file)));
                Target target = targets.get(round % 8);
                mismatches += timedUpload(direct, target, file, sha, directRates);
                mismatches += timedUpload(relayed, target, file, sha, relayRates);
                mismatches += timedUpload(gateway, target, file, sha, gatewayRates);
                System.out.printf(
                        "  round %d: raw %.1f MB/s, direct %.1f MB/s, TCP relay %.1f MB/s, gateway %.1f MB/s%n",
                        round + 1,
                        rawRates.getLast(),
                        directRates.getLast(),
                        relayRates.getLast(),
                        gatewayRates.getLast());
            }
            double rawRate = median(rawRates);
            Table single = Table.of(
                    "path (one 10 MB file at a time)",
                    "uploads",
                    "median MB/s",
                    "min MB/s",
                    "max MB/s",
                    "vs raw GridFS");
            single.row(
                    "raw GridFS write (driver, same server, baseline)",
                    ROUNDS,
                    f(rawRate),
                    f(Collections.min(rawRates)),
                    f(Collections.max(rawRates)),
                    "1.00×");
            pathRow(single, "documents-service directly", directRates, rawRate);
            pathRow(
                    single,
                    "documents-service behind a plain TCP relay (what any hop costs here)",
                    relayRates,
                    rawRate);
            pathRow(single, "through the gateway", gatewayRates, rawRate);

            double rawConcurrent = concurrentRaw(raw);
            Concurrent concurrent = concurrentUploads(stack, gateway, targets);
            Table parallel = Table.of(
                    "20 files of 10 MB at once", "seconds", "aggregate MB/s", "vs raw GridFS", "SHA-256 matches");
            parallel.row("raw GridFS writes (20 threads, baseline)", "–", f(rawConcurrent), "1.00×", "–");
            parallel.row(
                    "through the gateway",
                    f(concurrent.seconds),
                    f(concurrent.rate),
                    Ratio.format(Ratio.of(concurrent.rate, rawConcurrent)),
                    concurrent.matches + " of " + CONCURRENT);
            Table memory = Table.of(
                    "process",
                    "RSS before (MiB)",
                    "RSS peak (MiB)",
                    "RSS after (MiB)",
                    "old gen before (MiB)",
                    "old gen peak (MiB)",
                    "flat?");
            boolean flat = true;
            for (MemoryFigures m : concurrent.memory) {
                boolean ok = m.flat();
                flat &= ok;
                memory.row(
                        m.service,
                        mib(m.rssBefore),
                        mib(m.rssPeak),
                        mib(m.rssAfter),
                        mib(m.tenuredBefore),
                        mib(m.tenuredPeak),
                        ok ? "yes" : "NO");
            }
            System.out.println();
            System.out.print(single.toText());
            System.out.println();
            System.out.print(parallel.toText());
            System.out.println();
            System.out.print(memory.toText());
            boolean passed = mismatches == 0 && concurrent.matches == CONCURRENT && flat;
            String markdown = "### Upload\n\n" + Machine.describe() + "\n\n"
                    + "One PDF of 10,000,000 random (incompressible) bytes, submitted as multipart with a declared"
                    + " Content-Length by a department client; every answer's SHA-256 is compared with the file's ("
                    + (mismatches == 0 ? "all matched" : mismatches + " did NOT match") + "). Baseline: the MongoDB"
                    + " driver's `GridFSBucket.uploadFromStream` of the same bytes, 255 kB chunks like the service's,"
                    + " into the same MongoDB-compatible server (H2 file backend). " + WARM_UP_ROUNDS
                    + " rounds of warm-up, then " + ROUNDS + " rounds, alternating"
                    + " raw / direct / relay / gateway. The relay is a plain TCP relay in this JVM (a virtual thread"
                    + " per direction copying 8 kB reads, as the gateway's server and client buffer): the same hop with"
                    + " no HTTP, so the gap between it and the gateway is the gateway's own.\n\n" + single.toMarkdown()
                    + "\n" + parallel.toMarkdown() + "\n"
                    + "Memory while the 20 uploads ran (200 MB in flight; each service runs with `-Xmx256m`). RSS"
                    + " sampled every 100 ms, the old generation (Serial GC's tenured space, from"
                    + " `/actuator/prometheus`) every 500 ms. Flat = the old generation grew by less than a tenth of"
                    + " the bytes in flight and the RSS by less than a quarter: a service that buffered the uploads"
                    + " would need all 200 MB.\n\n" + memory.toMarkdown();
            return new Section("upload", markdown, passed);
        }
    }

    private record MemoryFigures(
            String service, long rssBefore, long rssPeak, long rssAfter, long tenuredBefore, long tenuredPeak) {
        boolean flat() {
            long inFlight = (long) CONCURRENT * SIZE;
            return tenuredPeak - tenuredBefore < inFlight / 10 && rssPeak - rssBefore < inFlight / 4;
        }
    }

    private record Concurrent(double seconds, double rate, int matches, List<MemoryFigures> memory) {}

    private static Concurrent concurrentUploads(BenchStack stack, Api gateway, List<Target> targets) {
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            files.add(PdfFiles.random(SIZE, 1000 + i));
        }
        try (MemorySampler gatewayMemory = new MemorySampler(stack, ServiceDefinition.GATEWAY);
                MemorySampler documentsMemory = new MemorySampler(stack, ServiceDefinition.DOCUMENTS)) {
            vn.gov.conference.bench.stack.Pause.millis(3000);
            long start = System.nanoTime();
            List<Callable<Boolean>> uploads = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                int n = i;
                uploads.add(() -> {
                    Response response = upload(gateway, targets.get(n), files.get(n));
                    return response.status() == 201
                            && Submissions.sha256(files.get(n))
                                    .equals(response.json().get("sha256").asString());
                });
            }
            int matches = 0;
            try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT)) {
                for (Future<Boolean> result : pool.invokeAll(uploads)) {
                    matches += result.get() ? 1 : 0;
                }
            } catch (Exception e) {
                throw new IllegalStateException("The concurrent uploads failed", e);
            }
            long end = System.nanoTime();
            vn.gov.conference.bench.stack.Pause.millis(3000);
            long after = System.nanoTime();
            double seconds = (end - start) / 1e9;
            List<MemoryFigures> memory = new ArrayList<>();
            for (MemorySampler sampler : List.of(gatewayMemory, documentsMemory)) {
                List<Sample> before = sampler.between(start - 3_000_000_000L, start);
                List<Sample> during = sampler.between(start, end);
                List<Sample> later = sampler.between(end, after);
                memory.add(new MemoryFigures(
                        sampler.service().moduleName(),
                        before.stream().mapToLong(Sample::rss).max().orElse(-1),
                        during.stream().mapToLong(Sample::rss).max().orElse(-1),
                        later.isEmpty() ? -1 : later.getLast().rss(),
                        before.stream().mapToLong(Sample::tenured).max().orElse(-1),
                        during.stream().mapToLong(Sample::tenured).max().orElse(-1)));
            }
            return new Concurrent(seconds, (double) CONCURRENT * SIZE / 1e6 / seconds, matches, memory);
        }
    }

    private static double concurrentRaw(GridFSBucket raw) {
        byte[] file = PdfFiles.random(SIZE, 7);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT)) {
            List<Callable<Object>> writes = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                writes.add(Executors.callable(() -> rawWrite(raw, file)));
            }
            for (Future<Object> write : pool.invokeAll(writes)) {
                write.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("The raw GridFS writes failed", e);
        }
        return (double) CONCURRENT * SIZE / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    /** One timed upload through {@code api}, its rate added to {@code rates}; 1 if the answer's SHA-256 differs. */
    private static int timedUpload(Api api, Target target, byte[] file, String sha, List<Double> rates) {
        Response[] answer = new Response[1];
        rates.add(rate(() -> answer[0] = upload(api, target, file)));
        return sha.equals(answer[0].json().get("sha256").asString()) ? 0 : 1;
    }

    /** A path's row: its median, minimum and maximum rate over the rounds, and the median against the raw write's. */
    private static void pathRow(Table table, String path, List<Double> rates, double rawRate) {
        table.row(
                path,
                rates.size(),
                f(median(rates)),
                f(Collections.min(rates)),
                f(Collections.max(rates)),
                Ratio.format(Ratio.of(median(rates), rawRate)));
    }

    private static Response upload(Api api, Target target, byte[] file) {
        return Submissions.submitPdf(api, target, "bao-cao-10MB.pdf", file).requireOk("Uploading 10 MB");
    }

    private static void rawWrite(GridFSBucket bucket, byte[] file) {
        bucket.uploadFromStream(
                "bao-cao-10MB.pdf", new ByteArrayInputStream(file), new GridFSUploadOptions().chunkSizeBytes(CHUNK));
    }

    private static double rate(Runnable upload) {
        long start = System.nanoTime();
        upload.run();
        return SIZE / 1e6 / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String f(double value) {
        return String.format("%.1f", value);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "–" : String.valueOf(bytes >> 20);
    }
}
