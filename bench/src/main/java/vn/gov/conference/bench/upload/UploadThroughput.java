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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
    /** Rounds measured: single rounds vary by half on this shared machine, so the median needs many. */
    private static final int ROUNDS = 21;

    /** Unmeasured rounds first: the database's and the services' JIT still sped each round up over the first five. */
    private static final int WARM_UP_ROUNDS = 5;

    /** Before those, reads and then small uploads through every path, each for this long (see {@link #warmUp}). */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.upload.warmUpSeconds", 30));

    private static final int WARM_UP_SIZE = 256 * 1024;

    private static final int WARM_UP_THREADS = 4;

    /** Issue 18: an upload through the gateway at this fraction of the raw write's rate, or better. */
    private static final double TARGET = 0.7;

    private static final int CONCURRENT = 20;
    private static final int CHUNK = 255 * 1024;

    private UploadThroughput() {}

    public static Section run(BenchStack stack) {
        System.out.println("\n== Upload: a 10 MB PDF through the gateway into GridFS vs a raw GridFS write");
        stack.unthrottleGateway();
        // One material request per concurrent upload (a request takes one submission at a time): as many plans as
        // that needs, each with the requests its departments answer.
        List<Target> targets = departmentTargets(stack, CONCURRENT);
        // The warm-up's many small uploads go to requests of their own: a request keeps every version, and the
        // measured ones should hold as few as a department's do.
        List<Target> warmUpTargets = departmentTargets(stack, 8);
        Api gateway = stack.gateway();
        Api direct = stack.direct(ServiceDefinition.DOCUMENTS);
        // Every client's token first: the gateway checks a client's secret with BCrypt, which is not an upload's cost.
        for (Target target : targets) {
            gateway.token(target.ownerClient());
            direct.token(target.ownerClient());
        }
        byte[] file = PdfFiles.random(SIZE, 42);
        String sha = Submissions.sha256(file);

        try (MongoClient mongo = MongoClients.create(stack.mongoUri());
                TcpRelay relay = TcpRelay.to(URI.create(direct.baseUrl()).getPort())) {
            GridFSBucket raw = GridFSBuckets.create(mongo.getDatabase("bench-gridfs"));
            Api relayed = direct.sameTokensAt("http://127.0.0.1:" + relay.port());
            CpuMeter cpu = CpuMeter.of(stack);
            Path rawPath = new Path("raw GridFS write (driver, same server, baseline)", "raw", target -> {
                rawWrite(raw, file);
                return null;
            });
            List<Path> paths = List.of(
                    rawPath,
                    new Path("documents-service directly", "direct", target -> upload(direct, target, file)),
                    new Path(
                            "documents-service behind a plain TCP relay (what any hop costs here)",
                            "relay",
                            target -> upload(relayed, target, file)),
                    new Path("through the gateway", "gateway", target -> upload(gateway, target, file)));
            warmUp(List.of(direct, relayed, gateway), raw, warmUpTargets);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Path path : paths) {
                    path.upload.apply(targets.get(round % targets.size()));
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                // Each round starts with another path, so that none always follows the same one (a database still
                // writing out the previous 10 MB slows whichever upload comes next).
                Target target = targets.get(round % targets.size());
                StringBuilder line = new StringBuilder("  round " + (round + 1) + ":");
                for (int i = 0; i < paths.size(); i++) {
                    Path path = paths.get((round + i) % paths.size());
                    path.timed(target, sha, cpu);
                    line.append(String.format(" %s %.1f MB/s", path.shortName, path.rates.getLast()));
                }
                System.out.println(line);
            }
            double rawRate = median(rawPath.rates);
            Table single = Table.of(
                    "path (one 10 MB file at a time)",
                    "uploads",
                    "median MB/s",
                    "min MB/s",
                    "max MB/s",
                    "vs raw GridFS",
                    "vs raw, round by round (median)");
            for (Path path : paths) {
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    ratios.add(path.rates.get(round) / rawPath.rates.get(round));
                }
                single.row(
                        path.name,
                        path.rates.size(),
                        f(median(path.rates)),
                        f(Collections.min(path.rates)),
                        f(Collections.max(path.rates)),
                        Ratio.format(Ratio.of(median(path.rates), rawRate)),
                        Ratio.format(median(ratios)));
            }
            int mismatches = paths.stream().mapToInt(path -> path.mismatches).sum();
            double throughGateway = Ratio.of(median(paths.getLast().rates), rawRate);
            String target = String.format(
                    "Target (issue 18): through the gateway ≥ %.1f × the raw write: %s (%s).",
                    TARGET, throughGateway >= TARGET ? "met" : "not met", Ratio.format(throughGateway));
            List<String> cpuHeader = new ArrayList<>(List.of("path: CPU per upload (ms)"));
            cpuHeader.addAll(cpu.names());
            cpuHeader.add("all");
            Table cpuTable = Table.of(cpuHeader.toArray(String[]::new));
            for (Path path : paths) {
                List<Object> row = new ArrayList<>(List.of(path.shortName));
                long all = 0;
                for (String process : cpu.names()) {
                    long nanos = path.cpu.getOrDefault(process, 0L);
                    all += nanos;
                    row.add(f(nanos / 1e6 / ROUNDS));
                }
                row.add(f(all / 1e6 / ROUNDS));
                cpuTable.row(row.toArray());
            }

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
            System.out.println(target);
            System.out.println();
            System.out.print(cpuTable.toText());
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
                    + " into the same MongoDB-compatible server (H2 file backend). Warm-up: " + WARM_UP.toSeconds()
                    + " s of reads of a material request from 4 threads, then as long of 256 kB uploads, through every path"
                    + " (the gateway had just been restarted), then "
                    + WARM_UP_ROUNDS + " unmeasured rounds, then " + ROUNDS + " rounds of"
                    + " raw / direct / relay / gateway, each round starting with the next path (a database still"
                    + " writing out the previous file slows whichever upload follows). Single uploads vary by half"
                    + " between rounds on this machine: \"round by round\" is the median of each round's rate against"
                    + " that round's raw write, which cancels the machine's slower and faster minutes. The relay is"
                    + " a plain TCP relay in this JVM (a virtual thread per direction copying 8 kB reads, as the"
                    + " gateway's server and client buffer): the same hop with no HTTP, so the gap between it and the"
                    + " gateway is the gateway's own.\n\n" + single.toMarkdown() + "\n" + target + "\n\n"
                    + "CPU time of each process (user and system, from /proc) while each path's measured uploads ran,"
                    + " divided by the rounds: what an upload costs the two cores the processes share. \"client\" is"
                    + " the bench's JVM, which also runs the plain relay.\n\n" + cpuTable.toMarkdown() + "\n"
                    + parallel.toMarkdown() + "\n"
                    + "Memory while the 20 uploads ran (200 MB in flight; each service runs with `-Xmx256m`). RSS"
                    + " sampled every 100 ms, the old generation (Serial GC's tenured space, from"
                    + " `/actuator/prometheus`) every 500 ms. Flat = the old generation grew by less than a tenth of"
                    + " the bytes in flight and the RSS by less than a quarter: a service that buffered the uploads"
                    + " would need all 200 MB.\n\n" + memory.toMarkdown();
            return new Section("upload", markdown, passed);
        }
    }

    /** At least {@code count} open requests of demo departments, from as many new approved plans as that takes. */
    private static List<Target> departmentTargets(BenchStack stack, int count) {
        List<Target> targets = new ArrayList<>();
        for (int plans = 0; targets.size() < count; plans++) {
            if (plans == 10) {
                throw new IllegalStateException("10 plans gave only " + targets.size() + " department requests");
            }
            String planId = stack.plans().createApproved(stack.plans().full());
            targets.addAll(Submissions.departmentTargets(
                    stack.plans().awaitMaterialRequests(planId, 8, Duration.ofSeconds(60))));
        }
        return targets;
    }

    /**
     * Small uploads through every path for {@link #WARM_UP}: the gateway was restarted just before (its rate limit
     * lifted) and runs its upload path for the first time here. Without this, its JIT compilers took a third of its
     * CPU during the measured rounds and much of its request code still ran interpreted, which a gateway that has
     * been up for a day does not pay.
     */
    private static void warmUp(List<Api> apis, GridFSBucket raw, List<Target> targets) {
        // Reads first, from a few threads: every request's own code (the filters, the security, the routing, the
        // answer's copy) reaches the compiler's thresholds only after thousands of calls, which uploads would take
        // minutes and a database full of versions to make.
        long readsEnd = System.nanoTime() + WARM_UP.toNanos();
        AtomicInteger reads = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(WARM_UP_THREADS)) {
            for (int t = 0; t < WARM_UP_THREADS; t++) {
                pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < readsEnd; i++) {
                        Target target = targets.get(i % targets.size());
                        apis.get(i % apis.size())
                                .get("/api/material-requests/" + target.requestId(), target.ownerClient())
                                .requireOk("Reading a material request");
                        reads.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        byte[] small = PdfFiles.random(WARM_UP_SIZE, 3);
        long end = System.nanoTime() + WARM_UP.toNanos();
        int uploads = 0;
        while (System.nanoTime() < end) {
            Target target = targets.get(uploads % targets.size());
            for (Api api : apis) {
                upload(api, target, small);
            }
            rawWrite(raw, small);
            uploads++;
        }
        System.out.printf(
                "  warm-up: %d reads of a material request, then %d small uploads through each path, %d s each%n",
                reads.get(), uploads, WARM_UP.toSeconds());
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

    /**
     * One way of writing the file, and what it measured: its rate per round, and answers whose SHA-256 differed (the
     * raw write answers nothing to compare).
     */
    private static final class Path {
        final String name;
        final String shortName;
        final Function<Target, Response> upload;
        final List<Double> rates = new ArrayList<>();
        final Map<String, Long> cpu = new LinkedHashMap<>();
        int mismatches;

        Path(String name, String shortName, Function<Target, Response> upload) {
            this.name = name;
            this.shortName = shortName;
            this.upload = upload;
        }

        void timed(Target target, String sha, CpuMeter meter) {
            Map<String, Long> before = meter.read();
            long start = System.nanoTime();
            Response answer = upload.apply(target);
            rates.add(SIZE / 1e6 / ((System.nanoTime() - start) / 1e9));
            meter.read().forEach((process, nanos) -> cpu.merge(process, nanos - before.get(process), Long::sum));
            if (answer != null && !sha.equals(answer.json().get("sha256").asString())) {
                mismatches++;
            }
        }
    }

    private static Response upload(Api api, Target target, byte[] file) {
        return Submissions.submitPdf(api, target, "bao-cao-10MB.pdf", file).requireOk("Uploading 10 MB");
    }

    private static void rawWrite(GridFSBucket bucket, byte[] file) {
        bucket.uploadFromStream(
                "bao-cao-10MB.pdf", new ByteArrayInputStream(file), new GridFSUploadOptions().chunkSizeBytes(CHUNK));
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
