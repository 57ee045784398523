package vn.gov.conference.localstack.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.localstack.mail.ReceivedMessage.Attachment;
import vn.gov.conference.localstack.mail.ReceivedMessage.Mailbox;

/** The JSON shape of the inbox API (documented in docs/running.md); times are in Vietnam's zone. */
final class MessageJson {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageJson() {}

    static String list(List<ReceivedMessage> messages) {
        ArrayNode array = JSON.createArrayNode();
        messages.forEach(message -> array.add(node(message)));
        return JSON.writeValueAsString(array);
    }

    static String one(ReceivedMessage message) {
        return JSON.writeValueAsString(node(message));
    }

    static String error(int status, String detail) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("status", status);
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem);
    }

    private static ObjectNode node(ReceivedMessage message) {
        String base = "/api/messages/" + message.id();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", message.id());
        node.put("receivedAt", time(message.receivedAt()));
        node.put("date", time(message.sentAt()));
        node.set("from", message.from() == null ? null : mailbox(message.from()));
        node.set("to", mailboxes(message.to()));
        node.set("cc", mailboxes(message.cc()));
        ArrayNode bcc = node.putArray("bcc");
        message.envelopeRecipients().stream()
                .filter(r -> message.to().stream().noneMatch(m -> r.equalsIgnoreCase(m.address())))
                .filter(r -> message.cc().stream().noneMatch(m -> r.equalsIgnoreCase(m.address())))
                .forEach(bcc::add);
        node.set("replyTo", mailboxes(message.replyTo()));
        ObjectNode envelope = node.putObject("envelope");
        envelope.put("from", message.envelopeFrom());
        ArrayNode recipients = envelope.putArray("recipients");
        message.envelopeRecipients().forEach(recipients::add);
        node.put("subject", message.subject());
        node.put("messageId", message.messageId());
        node.put("text", message.text());
        node.put("html", message.html());
        ArrayNode attachments = node.putArray("attachments");
        for (Attachment attachment : message.attachments()) {
            ObjectNode a = attachments.addObject();
            a.put("index", attachment.index());
            a.put("name", attachment.name());
            a.put("contentType", attachment.contentType());
            a.put("size", attachment.size());
            a.put("contentId", attachment.contentId());
            a.put("inline", attachment.inline());
            a.put("url", base + "/attachments/" + attachment.index());
        }
        node.put("rawUrl", base + "/raw");
        node.put("size", message.raw().length);
        node.put("problem", message.problem());
        return node;
    }

    private static ArrayNode mailboxes(List<Mailbox> mailboxes) {
        ArrayNode array = JSON.createArrayNode();
        mailboxes.forEach(m -> array.add(mailbox(m)));
        return array;
    }

    private static ObjectNode mailbox(Mailbox mailbox) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", mailbox.name());
        node.put("address", mailbox.address());
        return node;
    }

    private static String time(Instant instant) {
        return instant == null
                ? null
                : instant.atZone(VIETNAM).toOffsetDateTime().toString();
    }
}
