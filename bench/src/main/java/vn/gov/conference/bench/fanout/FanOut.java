package vn.gov.conference.bench.fanout;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.fanout.InboxWatcher.Mail;
import vn.gov.conference.bench.report.Machine;
import vn.gov.conference.bench.report.Section;
import vn.gov.conference.bench.report.Table;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.bench.stats.Ratio;

/**
 * A conference of 10,000 invitees from the units of all 34 provinces: the office imports them as CSV through the
 * gateway (one personal invitation each, as the notification service issues for a line with a name), and every
 * invitation letter (Vietnamese HTML and text, a QR code for check-in, the .ics) goes through the email outbox to the
 * SMTP sink. Timed from the first import to the last letter the sink accepted, against a raw SMTP loop sending the
 * same message 10,000 times. The per-province send limit (30 at once, then 60 a minute) is measured on a sample and
 * projected; the full run is made with the limit lifted (the raw capacity of the pipeline).
 */
public final class FanOut {

    static final int INVITEES = 10_000;
    private static final int LIMITED_SAMPLE = 90;
    private static final int RAW_SAMPLE = 2_000;
    private static final int BATCH = 100;
    private static final int BURST = 30;
    private static final int PER_MINUTE = 60;
    static final String SUBJECT_PREFIX = "Giấy mời";

    private FanOut() {}

    public static Section run(BenchStack stack) {
        System.out.println("\n== Fan-out: a conference of " + INVITEES + " invitees in 34 provinces");
        String inbox = stack.inboxUrl();
        Api gateway = stack.gateway();

        // 1. The default limit, on a sample.
        Limited limited = null;
        byte[] sampleSource = null;
        if (!stack.mailUnlimited()) {
            String planA = stack.plans().createApproved(stack.plans().light(0));
            awaitConference(gateway, planA);
            InboxWatcher.clear(inbox);
            try (InboxWatcher watcher = InboxWatcher.start(inbox)) {
                List<InviteeList.Invitee> sample = InviteeList.of(LIMITED_SAMPLE, "gioi-han.bench.example");
                long start = System.currentTimeMillis();
                importAll(gateway, planA, sample);
                Set<String> addresses = addresses(sample);
                List<Mail> mails = watcher.await(
                        m -> isFor(m, addresses), LIMITED_SAMPLE, Duration.ofSeconds(30), Duration.ofMinutes(4));
                limited = Limited.of(mails, start);
                System.out.printf(
                        "  with the default limit: %d of %d accepted in %.1f s, %.1f a minute after the"
                                + " first %d%n",
                        mails.size(), LIMITED_SAMPLE, limited.seconds, limited.perMinute, BURST);
                sampleSource = watcher.firstSource();
            }
        }

        // 2. The raw SMTP baseline, with a real invitation letter as the message.
        stack.unlimitMail();
        byte[] letter = sampleSource != null ? sampleSource : sampleLetter(stack);
        InboxWatcher.clear(inbox);
        RawSmtp smtp = new RawSmtp(
                stack.stack().addresses().smtpHost(), stack.stack().addresses().smtpPort());
        byte[] data = RawSmtp.dataBlock(letter);
        long rawStart = System.nanoTime();
        for (int i = 0; i < RAW_SAMPLE; i++) {
            smtp.send("hoinghi@conference.gov.vn", String.format("db%05d@raw.bench.example", i), data);
        }
        double rawSampleSeconds = (System.nanoTime() - rawStart) / 1e9;
        double rawSeconds = rawSampleSeconds * INVITEES / RAW_SAMPLE;
        System.out.printf(
                "  raw SMTP loop: %d messages of %d bytes in %.1f s (%.1f/s)%n",
                RAW_SAMPLE, letter.length, rawSampleSeconds, RAW_SAMPLE / rawSampleSeconds);
        InboxWatcher.clear(inbox);

        // 3. 10,000 invitations with the limit lifted, imported through the gateway as an office would.
        String planB = stack.plans().createApproved(stack.plans().light(0));
        awaitConference(gateway, planB);
        // The plan's own invitations (its invited units', issued when it was approved) are not the import's.
        int before = invitationCount(gateway, planB);
        List<InviteeList.Invitee> invitees = InviteeList.of(INVITEES, "hoi-nghi.bench.example");
        Set<String> addresses = addresses(invitees);
        Run run;
        try (InboxWatcher watcher = InboxWatcher.start(inbox)) {
            long start = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            Imported imported = importAll(gateway, planB, invitees);
            double importSeconds = (System.nanoTime() - startNanos) / 1e9;
            System.out.printf(
                    "  %d invitees imported in %d requests of %d rows in %.1f s%n",
                    INVITEES, (INVITEES + BATCH - 1) / BATCH, BATCH, importSeconds);
            List<Mail> mails =
                    watcher.await(m -> isFor(m, addresses), INVITEES, Duration.ofSeconds(90), Duration.ofMinutes(20));
            long last = mails.stream().mapToLong(Mail::receivedAtMillis).max().orElse(start);
            Map<String, Integer> perRecipient = InboxWatcher.perRecipient(mails);
            long duplicates = perRecipient.values().stream()
                    .filter(n -> n > 1)
                    .mapToLong(n -> n - 1)
                    .sum();
            long missing =
                    addresses.stream().filter(a -> !perRecipient.containsKey(a)).count();
            int issued = invitationCount(gateway, planB) - before;
            run = new Run(
                    importSeconds,
                    (last - start) / 1000.0,
                    mails.size(),
                    duplicates,
                    missing,
                    issued,
                    imported,
                    watcher.failure());
        }
        System.out.printf(
                "  %d letters accepted %.1f s after the first import; %d duplicates, %d missing%n",
                run.accepted, run.seconds, run.duplicates, run.missing);

        double rawRate = INVITEES / rawSeconds;
        double serviceRate = run.accepted / run.seconds;
        Table table = Table.of(
                "path", "emails", "time to the last accepted (s)", "emails/s", "vs raw SMTP", "duplicates", "missing");
        table.row(
                "raw SMTP loop, same letter (baseline; " + RAW_SAMPLE + " sent, time for " + INVITEES
                        + " from their rate)",
                INVITEES,
                f(rawSeconds),
                f(rawRate),
                "1.00×",
                0,
                0);
        table.row(
                "import → outbox → SMTP, limit lifted",
                run.accepted,
                f(run.seconds),
                f(serviceRate),
                Ratio.format(Ratio.of(serviceRate, rawRate)),
                run.duplicates,
                run.missing);
        if (limited != null) {
            double projected = limited.projectedSeconds(INVITEES);
            table.row(
                    "with the default limit (" + BURST + " at once, then " + PER_MINUTE + "/min), measured on "
                            + LIMITED_SAMPLE,
                    limited.count,
                    f(limited.seconds),
                    f(limited.count / limited.seconds),
                    Ratio.format(Ratio.of(limited.count / limited.seconds, rawRate)),
                    limited.duplicates,
                    0);
            table.row(
                    "with the default limit, projected for " + INVITEES,
                    INVITEES,
                    f(projected),
                    f(INVITEES / projected),
                    Ratio.format(Ratio.of(INVITEES / projected, rawRate)),
                    "–",
                    "–");
        }
        System.out.println();
        System.out.print(table.toText());
        String counts = String.format(
                "Invitations the import added to the plan: %d; imports retried: %d;"
                        + " import requests took %.1f s of the %.1f s; %s.",
                run.issued, run.imported.retried(), run.importSeconds, run.seconds, run.imported.describe());
        System.out.println(counts);
        System.out.println();
        System.out.print(run.imported.table().toText());
        boolean passed = run.accepted == INVITEES && run.duplicates == 0 && run.missing == 0 && run.issued == INVITEES;
        String markdown = "### Fan-out\n\n" + Machine.describe() + "\n\n"
                + "One approved plan of Đồng Tháp; the office imports " + INVITEES + " named delegates of the units of"
                + " all 34 provinces (`POST /api/plans/{id}/invitations/import`, CSV, " + BATCH + " rows a request,"
                + " through the gateway). Each line is one personal invitation, and each invitation one letter"
                + " (Vietnamese text and HTML, a check-in QR code, the .ics) queued in the email outbox and sent by the"
                + " relay (50 per pass, over two SMTP connections at once, `conference.notification.mail.sessions`; a full"
                + " pass is followed at once by the next) to the SMTP"
                + " sink. Time = from the first import"
                + " request to the sink's receive time of the last letter; duplicates and missing letters counted per"
                + " recipient from the sink's envelope recipients. Baseline: a plain SMTP client sending one of those"
                + " letters, one connection per message (as JavaMailSender does), " + RAW_SAMPLE + " times; its rate"
                + " gives the time for " + INVITEES + ".\n\n"
                + "The per-province send limit (" + BURST + " emails at once, then " + PER_MINUTE + " a minute) is"
                + " there on purpose; the full run is made with it lifted (notification-service restarted with"
                + " `CONFERENCE_NOTIFICATION_MAIL_BURST` and `_PERMINUTE` set high), which gives the pipeline's raw"
                + " capacity; with the limit the same conference needs the projected time below.\n\n"
                + table.toMarkdown() + "\n" + counts + "\n\n"
                + "Import requests of the same run, as the plan grew to " + INVITEES + " (target: ≤ 0.5 s, flat as the"
                + " plan grows). Baseline: the same requests while the plan was nearly empty; each still parses its"
                + " rows, writes its invitations and queues (and writes) its " + BATCH + " letters, so the ratio shows"
                + " what the plan's size adds and nothing else.\n\n"
                + run.imported.table().toMarkdown();
        return new Section("fanout", markdown, passed);
    }

    /** Retries, and the mean and median time of the first and the last tenth of the import requests. */
    private record Imported(
            int retried,
            int tenth,
            double firstMillis,
            double lastMillis,
            double firstMedian,
            double lastMedian,
            int requests) {

        String describe() {
            return String.format(
                    "import requests of %d rows: the first %d took %.0f ms on average, the last %d %.0f ms",
                    BATCH, tenth, firstMillis, tenth, lastMillis);
        }

        /**
         * Whether an import slows down as the plan grows (issue 18: ≤ 0.5 s and flat). Baseline: the same requests
         * (same service, same kind of rows, 100 letters each) while the plan is nearly empty, the first tenth; the
         * ratio then shows only what the plan's size adds.
         */
        Table table() {
            Table table = Table.of(
                    "import of " + BATCH + " invitees (one request, through the gateway)",
                    "requests",
                    "invitations in the plan before",
                    "mean (ms)",
                    "median (ms)",
                    "mean vs near-empty plan");
            table.row(
                    "first tenth, near-empty plan (baseline)",
                    tenth,
                    "0–" + (tenth - 1) * BATCH,
                    String.format("%.0f", firstMillis),
                    String.format("%.0f", firstMedian),
                    "1.00×");
            table.row(
                    "last tenth",
                    tenth,
                    (requests - tenth) * BATCH + "–" + (requests - 1) * BATCH,
                    String.format("%.0f", lastMillis),
                    String.format("%.0f", lastMedian),
                    Ratio.format(Ratio.of(lastMillis, firstMillis)));
            return table;
        }

        private static double median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.isEmpty()
                    ? 0
                    : sorted.size() % 2 == 1
                            ? sorted.get(sorted.size() / 2)
                            : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0;
        }
    }

    private record Run(
            double importSeconds,
            double seconds,
            int accepted,
            long duplicates,
            long missing,
            int issued,
            Imported imported,
            String watcherFailure) {}

    /**
     * The sample under the default limit: how many the sink accepted, in what time, how many came in the burst (the
     * first {@value #BURST}) and the steady rate after it.
     */
    private record Limited(int count, double seconds, double perMinute, long duplicates) {

        static Limited of(List<Mail> mails, long start) {
            List<Long> times = mails.stream()
                    .map(m -> m.receivedAtMillis() - start)
                    .sorted()
                    .toList();
            double seconds = times.isEmpty() ? 0 : times.getLast() / 1000.0;
            double perMinute = times.size() > BURST + 1
                    ? (times.size() - BURST) / ((times.getLast() - times.get(BURST - 1)) / 60_000.0)
                    : Double.NaN;
            long duplicates = InboxWatcher.perRecipient(mails).values().stream()
                    .filter(n -> n > 1)
                    .mapToLong(n -> n - 1)
                    .sum();
            return new Limited(times.size(), seconds, perMinute, duplicates);
        }

        /** The token bucket's arithmetic with the steady rate measured here: a burst, then one at a time. */
        double projectedSeconds(int emails) {
            double rate = Double.isNaN(perMinute) ? PER_MINUTE : perMinute;
            return Math.max(0, emails - BURST) / rate * 60;
        }
    }

    /**
     * Imports in batches; a batch that failed with a 5xx is sent again (the import is idempotent per address). Prints
     * how long the first and the last tenth of the requests took: an import must not slow down as the plan grows.
     */
    private static Imported importAll(Api api, String planId, List<InviteeList.Invitee> invitees) {
        int retried = 0;
        List<Long> millis = new java.util.ArrayList<>();
        for (int from = 0; from < invitees.size(); from += BATCH) {
            String csv = InviteeList.csv(invitees.subList(from, Math.min(invitees.size(), from + BATCH)));
            long batchStart = System.nanoTime();
            for (int attempt = 1; ; attempt++) {
                String failure;
                try {
                    Response response =
                            api.send(api.request("/api/plans/" + planId + "/invitations/import", Plans.OFFICE)
                                    .header("Content-Type", "text/csv; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(csv))
                                    .build());
                    if (response.ok()) {
                        break;
                    }
                    if (response.status() < 500) {
                        throw new IllegalStateException("Import of rows " + from + "+ answered " + response.describe());
                    }
                    failure = response.describe();
                } catch (java.io.UncheckedIOException e) {
                    failure = e.getMessage();
                }
                if (attempt == 5) {
                    throw new IllegalStateException("Import of rows " + from + "+ failed 5 times: " + failure);
                }
                System.out.println("  import of rows " + from + "+ failed (" + failure + "); sending it again");
                retried++;
                Pause.millis(3000);
            }
            millis.add((System.nanoTime() - batchStart) / 1_000_000);
        }
        int tenth = Math.max(1, millis.size() / 10);
        List<Long> first = millis.subList(0, tenth);
        List<Long> last = millis.subList(millis.size() - tenth, millis.size());
        Imported imported = new Imported(
                retried,
                tenth,
                first.stream().mapToLong(Long::longValue).average().orElse(0),
                last.stream().mapToLong(Long::longValue).average().orElse(0),
                Imported.median(first),
                Imported.median(last),
                millis.size());
        System.out.println("  " + imported.describe());
        return imported;
    }

    private static int invitationCount(Api gateway, String planId) {
        return gateway.get("/api/plans/" + planId + "/invitations?size=1", Plans.OFFICE)
                .requireOk("Invitations")
                .json()
                .get("total")
                .asInt();
    }

    private static void awaitConference(Api gateway, String planId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!gateway.get("/api/plans/" + planId + "/attendance", Plans.OFFICE)
                .ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("notification-service did not learn of plan " + planId);
            }
            Pause.millis(200);
        }
    }

    private static byte[] sampleLetter(BenchStack stack) {
        String planId = stack.plans().createApproved(stack.plans().light(0));
        awaitConference(stack.gateway(), planId);
        InboxWatcher.clear(stack.inboxUrl());
        List<InviteeList.Invitee> one = InviteeList.of(1, "mau.bench.example");
        importAll(stack.gateway(), planId, one);
        try (InboxWatcher watcher = InboxWatcher.start(stack.inboxUrl())) {
            List<Mail> mails =
                    watcher.await(m -> isFor(m, addresses(one)), 1, Duration.ofSeconds(30), Duration.ofSeconds(60));
            if (mails.isEmpty() || watcher.firstSource() == null) {
                throw new IllegalStateException("No invitation letter reached the sink");
            }
            return watcher.firstSource();
        }
    }

    private static Set<String> addresses(List<InviteeList.Invitee> invitees) {
        Set<String> addresses = new HashSet<>();
        invitees.forEach(i -> addresses.add(i.email().toLowerCase()));
        return addresses;
    }

    private static boolean isFor(Mail mail, Set<String> addresses) {
        return mail.subject() != null
                && mail.subject().startsWith(SUBJECT_PREFIX)
                && mail.recipients().stream().anyMatch(addresses::contains);
    }

    private static String f(double value) {
        return String.format("%.1f", value);
    }
}
