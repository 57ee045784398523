package vn.gov.conference.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;

/** The mail sink's inbox, through its JSON API ({@code GET /api/messages}, see docs/running.md). */
final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>)]+");

    private final ApiClient inbox;

    Mailbox(String inboxUrl) {
        this.inbox = new ApiClient(inboxUrl);
    }

    record Attachment(int index, String name, String contentType, String contentId, boolean inline) {}

    record Mail(long id, List<String> to, String subject, String text, String html, List<Attachment> attachments) {

        static Mail of(JsonNode json) {
            List<String> to = new ArrayList<>();
            json.get("to").forEach(address -> to.add(address.get("address").asString()));
            List<Attachment> attachments = new ArrayList<>();
            json.get("attachments")
                    .forEach(a -> attachments.add(new Attachment(
                            a.get("index").asInt(),
                            a.get("name").asString(),
                            a.get("contentType").asString(),
                            a.path("contentId").asString(null),
                            a.path("inline").asBoolean())));
            return new Mail(
                    json.get("id").asLong(),
                    to,
                    json.get("subject").asString(),
                    json.path("text").asString(""),
                    json.path("html").asString(""),
                    attachments);
        }

        /** The first link in the text whose address contains {@code part}. */
        String link(String part) {
            Matcher links = LINK.matcher(text);
            while (links.find()) {
                if (links.group().contains(part)) {
                    return links.group();
                }
            }
            throw new AssertionError("No link with " + part + " in the mail '" + subject + "':\n" + text);
        }

        Optional<Attachment> attachment(Predicate<Attachment> which) {
            return attachments.stream().filter(which).findFirst();
        }
    }

    /** Every message to {@code address}, oldest first. */
    List<Mail> to(String address) {
        Response answer = inbox.get("/api/messages?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8), null);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        List<Mail> mails = new ArrayList<>();
        answer.json().forEach(json -> mails.add(Mail.of(json)));
        return mails;
    }

    /** Waits for the first message to {@code address} whose subject starts with {@code subject}. */
    Mail await(String address, String subject) {
        return Await.until(
                "a mail '" + subject + "…' to " + address,
                () -> to(address).stream()
                        .filter(mail -> mail.subject().startsWith(subject))
                        .findFirst()
                        .orElse(null));
    }

    /** Waits until {@code count} messages to {@code address} match, and returns them. */
    List<Mail> await(String address, Predicate<Mail> which, int count) {
        return Await.until(
                count + " matching mail(s) to " + address,
                () -> to(address).stream().filter(which).toList(),
                mails -> mails.size() >= count);
    }

    byte[] attachment(Mail mail, Attachment attachment) {
        Response answer = inbox.get("/api/messages/" + mail.id() + "/attachments/" + attachment.index(), null);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.bytes();
    }

    String attachmentText(Mail mail, Attachment attachment) {
        return new String(attachment(mail, attachment), StandardCharsets.UTF_8);
    }
}
