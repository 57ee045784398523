package vn.gov.conference.bench.fanout;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Json;
import vn.gov.conference.bench.stack.Pause;

/**
 * Follows the mail sink's inbox through its JSON API: every message the SMTP sink accepted, with the sink's own
 * receive time and envelope recipients. Each message read is deleted, which keeps every poll small and keeps the
 * inbox far below the 2,000 messages it holds; ids never repeat, so a gap in them would show a message lost.
 */
public final class InboxWatcher implements AutoCloseable {

    /**
     * A message as the sink accepted it.
     *
     * @param messageId its Message-ID header: a letter sent again keeps it, so copies of one letter share it
     */
    public record Mail(
            long id,
            long receivedAtMillis,
            List<String> recipients,
            String subject,
            String messageId,
            List<String> attachmentNames) {}

    private final String inboxUrl;
    private final HttpClient http = Api.newClient();
    private final List<Mail> mails = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile String failure;
    private volatile byte[] firstSource;

    private InboxWatcher(String inboxUrl) {
        this.inboxUrl = inboxUrl;
        this.thread = Thread.ofPlatform().daemon().name("inbox-watcher").start(this::follow);
    }

    public static InboxWatcher start(String inboxUrl) {
        return new InboxWatcher(inboxUrl);
    }

    /** Empties the inbox (before a phase, so what follows is only that phase's mail). */
    public static void clear(String inboxUrl) {
        try (HttpClient client = Api.newClient()) {
            client.send(
                    HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages"))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot clear the inbox", e);
        }
    }

    /** The MIME source of one message still in the inbox. */
    public static byte[] raw(String inboxUrl, long id) {
        try (HttpClient client = Api.newClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages/" + id + "/raw"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read message " + id, e);
        }
    }

    private void follow() {
        while (!stopped) {
            try {
                JsonNode list = Json.read(http.send(
                                HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages"))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
                for (JsonNode message : list) {
                    long id = message.get("id").asLong();
                    if (seen.add(id)) {
                        record(message);
                        if (firstSource == null) {
                            firstSource = raw(inboxUrl, id);
                        }
                    }
                    http.send(
                            HttpRequest.newBuilder(URI.create(inboxUrl + "/api/messages/" + id))
                                    .DELETE()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                if (list.isEmpty()) {
                    Pause.millis(200);
                }
            } catch (Exception e) {
                failure = e.toString();
                Pause.millis(500);
            }
        }
    }

    private void record(JsonNode message) {
        List<String> recipients = new ArrayList<>();
        message.get("envelope")
                .get("recipients")
                .forEach(r -> recipients.add(r.asString().toLowerCase()));
        List<String> attachments = new ArrayList<>();
        message.get("attachments")
                .forEach(a -> attachments.add(
                        a.get("name").isNull() ? "" : a.get("name").asString()));
        long received = OffsetDateTime.parse(message.get("receivedAt").asString())
                .toInstant()
                .toEpochMilli();
        synchronized (mails) {
            JsonNode messageId = message.get("messageId");
            mails.add(new Mail(
                    message.get("id").asLong(),
                    received,
                    recipients,
                    message.get("subject").asString(),
                    messageId == null || messageId.isNull() ? null : messageId.asString(),
                    attachments));
        }
    }

    public List<Mail> mails(Predicate<Mail> filter) {
        synchronized (mails) {
            return mails.stream().filter(filter).toList();
        }
    }

    /** Waits until {@code count} messages match or nothing new matched for {@code quiet}; returns those seen. */
    public List<Mail> await(Predicate<Mail> filter, int count, Duration quiet, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        long lastChange = System.nanoTime();
        while (true) {
            List<Mail> found = mails(filter);
            if (found.size() >= count || System.nanoTime() > deadline) {
                return found;
            }
            if (found.size() != last) {
                last = found.size();
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > quiet.toNanos()) {
                return found;
            }
            Pause.millis(250);
        }
    }

    /** How many messages each recipient got among {@code mails}. */
    public static Map<String, Integer> perRecipient(List<Mail> mails) {
        Map<String, Integer> counts = new HashMap<>();
        mails.forEach(m -> m.recipients().forEach(r -> counts.merge(r, 1, Integer::sum)));
        return counts;
    }

    /**
     * The distinct Message-IDs each recipient got among {@code mails}: one per letter, however often it was
     * delivered (a message without the header counts as a letter of its own).
     */
    public static Map<String, Set<String>> lettersPerRecipient(List<Mail> mails) {
        Map<String, Set<String>> letters = new HashMap<>();
        mails.forEach(m -> m.recipients()
                .forEach(r -> letters.computeIfAbsent(r, k -> new HashSet<>())
                        .add(m.messageId() != null ? m.messageId() : "no Message-ID #" + m.id())));
        return letters;
    }

    /** The MIME source of the first message seen (read before it was deleted), or null. */
    public byte[] firstSource() {
        return firstSource;
    }

    public String failure() {
        return failure;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }
}
