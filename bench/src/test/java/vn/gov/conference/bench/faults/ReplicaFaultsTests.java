package vn.gov.conference.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.fanout.InboxWatcher;
import vn.gov.conference.bench.fanout.InboxWatcher.Mail;
import vn.gov.conference.bench.fanout.InviteeList;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * Issue 18's fault runs on a stack with two processes of each service behind the one gateway: one process killed
 * outright (SIGKILL) in the middle of the work and started again, while the other carries on. Uploads over the two
 * documents-service processes ({@link KilledUploads}); then 10,000 invitation letters sent by the two
 * notification-service processes, each letter exactly once. Fifteen to thirty minutes on two cores: run by
 * {@code ./bench.sh faults}, not by the normal build.
 *
 * <p>"Exactly once" for mail means one letter per invitee, under one Message-ID. SMTP has no way to ask a server
 * whether it already took a message, so a process killed between the server's acceptance of a letter and its own
 * record of it cannot know, and the letter is sent again by whoever takes over; it keeps its Message-ID, by which mail
 * clients and servers recognise it as the same message. The relay records each letter as soon as the server accepted
 * it, so such a resend can only be a letter in flight at the kill, one per SMTP connection the relay sends a pass
 * over: at most {@link #IN_FLIGHT} copies, and only of letters already delivered. Anything else (a letter missing, a second letter under another Message-ID, more resends)
 * fails the run.
 */
@ExtendWith(FaultStack.class)
@Tag(FaultStack.HEAVY)
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaFaultsTests {

    private static final int INVITEES = 10_000;
    private static final int BATCH = 100;
    /** Letters the sink has accepted when the second notification-service process is killed: mid-way. */
    private static final int KILL_AT = 2_500;
    /**
     * An email the killed process had claimed is sent again by the other once its lease ends (2 min); a resend of a
     * letter the killed process had already handed to SMTP would come then. The run watches the inbox this long after
     * the kill at least, so such a duplicate cannot arrive after the count.
     */
    private static final Duration AFTER_THE_KILL = Duration.ofMinutes(3);

    private static final String SUBJECT_PREFIX = "Giấy mời";
    /**
     * Letters one relay process may have handed to the SMTP server and not yet recorded: one per connection, and a
     * pass goes over {@code conference.notification.mail.sessions} connections at once (2, the default).
     */
    private static final int IN_FLIGHT = 2;

    @Test
    @Order(1)
    void everyAcknowledgedUploadIsWholeAfterOneOfTwoDocumentsProcessesWasKilled() {
        String fault = "kill -9 of one of two documents-service processes during uploads";
        BenchStack stack = FaultStack.replicated();
        Verdict verdict = FaultReport.run(fault, () -> KilledUploads.run(stack, 1, 2, fault));
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }

    @Test
    @Order(2)
    void everyLetterIsSentExactlyOnceWhileOneOfTwoNotificationProcessesIsKilled() {
        BenchStack stack = FaultStack.replicated();
        Verdict verdict = FaultReport.run(
                "10,000 letters, one of two notification-service processes killed mid-way", () -> letters(stack));
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }

    private static Verdict letters(BenchStack stack) {
        // The per-province send limit is shared by the two processes; lifted in both, as BenchStack.UNLIMITED_MAIL.
        for (int replica = 0; replica < 2; replica++) {
            stack.control()
                    .restart(
                            ServiceDefinition.NOTIFICATION,
                            replica,
                            BenchStack.UNLIMITED_MAIL,
                            BenchStack.START_TIMEOUT);
        }
        Api gateway = stack.gateway();
        String planId = stack.plans().createApproved(stack.plans().light(0));
        awaitConference(gateway, planId);
        List<String> addressList = new ArrayList<>();
        List<String> batches = delegates(INVITEES, "ban-sao.bench.example", addressList);
        Set<String> addresses = new HashSet<>(addressList);
        Predicate<Mail> ours = m -> m.subject() != null
                && m.subject().startsWith(SUBJECT_PREFIX)
                && m.recipients().stream().anyMatch(addresses::contains);
        List<String> evidence = new ArrayList<>();
        InboxWatcher.clear(stack.inboxUrl());
        try (InboxWatcher inbox = InboxWatcher.start(stack.inboxUrl())) {
            long start = System.nanoTime();
            long deadline = start + Duration.ofMinutes(30).toNanos();
            AtomicInteger acceptedAtKill = new AtomicInteger(-1);
            long[] killedAt = {0};
            double[] restartSeconds = {-1};
            String process = ServiceDefinition.NOTIFICATION.processName(1);
            Thread killer = Thread.ofPlatform().name("notification-killer").start(() -> {
                while (inbox.mails(ours).size() < KILL_AT && System.nanoTime() < deadline) {
                    Pause.millis(100);
                }
                long pid =
                        stack.control().pid(ServiceDefinition.NOTIFICATION, 1).orElse(-1L);
                stack.control().kill(ServiceDefinition.NOTIFICATION, 1);
                killedAt[0] = System.nanoTime();
                acceptedAtKill.set(inbox.mails(ours).size());
                System.out.printf(
                        "  killed %s (pid %d) %.1f s into the run, %d letters accepted; starting it again%n",
                        process, pid, (killedAt[0] - start) / 1e9, acceptedAtKill.get());
                long started = System.nanoTime();
                stack.control()
                        .start(ServiceDefinition.NOTIFICATION, 1, BenchStack.UNLIMITED_MAIL, BenchStack.START_TIMEOUT);
                restartSeconds[0] = (System.nanoTime() - started) / 1e9;
                System.out.printf("  %s healthy again after %.1f s%n", process, restartSeconds[0]);
            });
            int retried = importAll(gateway, planId, batches);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "  %d invitees imported in %d requests in %.1f s (%d sent again)%n",
                    INVITEES, batches.size(), importSeconds, retried);
            killer.join();
            List<Mail> mails = awaitEveryRecipient(inbox, ours, addresses, killedAt[0], deadline);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Integer> perRecipient = InboxWatcher.perRecipient(mails);
            Map<String, Set<String>> letters = InboxWatcher.lettersPerRecipient(mails);
            long copies = perRecipient.values().stream()
                    .filter(n -> n > 1)
                    .mapToLong(n -> n - 1)
                    .sum();
            long secondLetters = letters.values().stream()
                    .filter(ids -> ids.size() > 1)
                    .mapToLong(ids -> ids.size() - 1)
                    .sum();
            long resends = copies - secondLetters;
            long missing =
                    addresses.stream().filter(a -> !perRecipient.containsKey(a)).count();
            int issued = importedInvitations(gateway, planId, addresses);
            boolean killed = acceptedAtKill.get() >= 0 && restartSeconds[0] >= 0;
            evidence.add(INVITEES + " invitees of the units of 34 provinces imported through the gateway in "
                    + batches.size() + " CSV requests of " + BATCH + " rows, balanced over the two processes ("
                    + retried + " sent again after a failed answer); the plan lists " + issued + " invitations for them"
                    + " (besides its composition's own, one per unit line)");
            evidence.add(
                    killed
                            ? process + " killed with SIGKILL " + String.format("%.0f", (killedAt[0] - start) / 1e9)
                                    + " s into the run, when the sink had accepted " + acceptedAtKill.get()
                                    + " letters; healthy again "
                                    + String.format("%.1f", restartSeconds[0]) + " s after it was started again"
                            : process + " was NEVER killed or did not start again");
            evidence.add(mails.size() + " invitation letters accepted by the SMTP sink in "
                    + String.format("%.0f", seconds) + " s for " + INVITEES + " invitees: " + perRecipient.size()
                    + " recipients, "
                    + copies + " copies beyond one per recipient, of which " + resends + " the same letter sent again"
                    + " (same Message-ID) and " + secondLetters + " a second letter (another Message-ID), " + missing
                    + " missing (counted per envelope recipient)"
                    + (inbox.failure() == null ? "" : "; the inbox watcher last failed with " + inbox.failure()));
            evidence.add("email outbox of notification-service afterwards, by status: " + outboxStatuses(stack));
            boolean passed = killed && issued == INVITEES && missing == 0 && secondLetters == 0 && resends <= IN_FLIGHT;
            return new Verdict(
                    "10,000 letters, one of two notification-service processes killed mid-way: one letter"
                            + " per invitee under one Message-ID, sent again at most for the " + IN_FLIGHT
                            + " letters in flight at the kill (one per SMTP connection)",
                    passed,
                    evidence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict("10,000 letters with a replica killed", false, List.of("interrupted"));
        }
    }

    /**
     * The invitations the import added for these addresses, read page by page; an address listed twice counts twice.
     * The plan's composition invites its units too (a line without a count still invites its unit): not counted.
     */
    private static int importedInvitations(Api gateway, String planId, Set<String> addresses) {
        int count = 0;
        for (int page = 0; ; page++) {
            Response listed = gateway.get("/api/plans/" + planId + "/invitations?size=100&page=" + page, Plans.OFFICE);
            if (!listed.ok()) {
                return -1;
            }
            var items = listed.json().get("items");
            for (var item : items) {
                var email = item.path("invitee").path("email");
                if ("ADDED".equals(item.path("origin").asString())
                        && email.isString()
                        && addresses.contains(email.asString())) {
                    count++;
                }
            }
            if (items.size() < 100) {
                return count;
            }
        }
    }

    /**
     * The letters the sink accepted once every recipient has one and at least {@link #AFTER_THE_KILL} has passed
     * since the kill (a late resend would show then), or once nothing new came for five minutes.
     */
    private static List<Mail> awaitEveryRecipient(
            InboxWatcher inbox, Predicate<Mail> ours, Set<String> addresses, long killedAt, long deadline) {
        long lastChange = System.nanoTime();
        int last = -1;
        while (true) {
            List<Mail> mails = inbox.mails(ours);
            long now = System.nanoTime();
            boolean everyone = InboxWatcher.perRecipient(mails).keySet().containsAll(addresses);
            if (everyone && now - killedAt > AFTER_THE_KILL.toNanos()
                    || now > deadline
                    || now - lastChange > Duration.ofMinutes(5).toNanos()) {
                return mails;
            }
            if (mails.size() != last) {
                last = mails.size();
                lastChange = now;
            }
            Pause.millis(1000);
        }
    }

    /** Imports in batches; a batch whose answer failed (a process killed under it) is sent again: idempotent. */
    private static int importAll(Api gateway, String planId, List<String> batches) {
        int retried = 0;
        for (int i = 0; i < batches.size(); i++) {
            for (int attempt = 1; ; attempt++) {
                String failure;
                try {
                    Response response =
                            gateway.send(gateway.request("/api/plans/" + planId + "/invitations/import", Plans.OFFICE)
                                    .header("Content-Type", "text/csv; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(batches.get(i)))
                                    .build());
                    if (response.ok()) {
                        break;
                    }
                    if (response.status() < 500) {
                        throw new IllegalStateException("Import batch " + i + " answered " + response.describe());
                    }
                    failure = response.describe();
                } catch (UncheckedIOException e) {
                    failure = e.getMessage();
                }
                if (attempt == 10) {
                    throw new IllegalStateException("Import batch " + i + " failed 10 times: " + failure);
                }
                System.out.println("  import batch " + i + " failed (" + failure + "); sending it again");
                retried++;
                Pause.millis(2000);
            }
        }
        return retried;
    }

    /** notification-service learns of an approved plan from its event; imports wait until it has. */
    private static void awaitConference(Api gateway, String planId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!gateway.get("/api/plans/" + planId + "/attendance", Plans.OFFICE)
                .ok()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("notification-service did not learn of plan " + planId);
            }
            Pause.millis(200);
        }
    }

    /**
     * The email outbox by status, and each email not sent (its kind, recipient and next attempt): an email still
     * waiting may be another kind than these letters (a reminder due later), which the count alone does not tell.
     */
    private static String outboxStatuses(BenchStack stack) {
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> unsent = new ArrayList<>();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            for (Document email : client.getDatabase("conference-notifications")
                    .getCollection("emails")
                    .find()
                    .projection(new Document("status", 1)
                            .append("kind", 1)
                            .append("recipient", 1)
                            .append("nextAttemptAt", 1)
                            .append("subject", 1))) {
                String status = String.valueOf(email.get("status"));
                statuses.merge(status, 1, Integer::sum);
                if (!"SENT".equals(status) && unsent.size() < 5) {
                    unsent.add(status + " " + email.get("kind") + " to " + email.get("recipient") + " ('"
                            + email.get("subject") + "'), next attempt " + email.get("nextAttemptAt"));
                }
            }
        } catch (RuntimeException e) {
            return "unreadable: " + e.getMessage();
        }
        return statuses + (unsent.isEmpty() ? "" : "; not sent: " + String.join("; ", unsent));
    }

    /**
     * {@code count} named delegates of the units of the 34 provinces (the fan-out benchmark's list), as CSV batches of
     * {@value #BATCH} rows for the office's import (one personal invitation, and so one letter, each); their addresses
     * go into {@code addresses}.
     */
    private static List<String> delegates(int count, String domain, List<String> addresses) {
        List<InviteeList.Invitee> invitees = InviteeList.of(count, domain);
        invitees.forEach(invitee -> addresses.add(invitee.email()));
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < invitees.size(); from += BATCH) {
            batches.add(InviteeList.csv(invitees.subList(from, Math.min(invitees.size(), from + BATCH))));
        }
        return batches;
    }
}
