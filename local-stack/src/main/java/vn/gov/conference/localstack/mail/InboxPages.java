package vn.gov.conference.localstack.mail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.conference.localstack.mail.ReceivedMessage.Attachment;
import vn.gov.conference.localstack.mail.ReceivedMessage.Mailbox;

/** The pages a person reads in a browser: the message list and one message. Plain HTML, no scripts. */
final class InboxPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Pattern CID = Pattern.compile("cid:([^\"'\\s)>]+)", Pattern.CASE_INSENSITIVE);

    private static final String STYLE = """
            body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;margin:0;color:#1d2733;background:#f5f6f8}
            header{background:#9b1c1c;color:#fff;padding:.8rem 1.5rem;display:flex;align-items:center;gap:1rem}
            header h1{font-size:1.15rem;margin:0;flex:1}
            header a{color:#fff}
            main{padding:1rem 1.5rem}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
            th{background:#eef0f3;font-weight:600}
            tr.message:hover{background:#fdf3f3}
            td.subject a{color:#1d2733;text-decoration:none;font-weight:500}
            .muted{color:#6b7785}
            .headers th{width:8rem;background:#fff}
            pre{white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #e3e6ea}
            iframe{width:100%;height:36rem;border:1px solid #e3e6ea;background:#fff}
            form{display:inline}
            button{cursor:pointer;padding:.3rem .8rem}
            ul.files{background:#fff;border:1px solid #e3e6ea;padding:.6rem 2rem}
            """;

    private InboxPages() {}

    static String list(List<ReceivedMessage> messages) {
        StringBuilder rows = new StringBuilder();
        for (ReceivedMessage message : messages.reversed()) {
            rows.append("<tr class=\"message\"><td class=\"muted\">")
                    .append(when(message.receivedAt()))
                    .append("</td><td>")
                    .append(escape(fromOf(message)))
                    .append("</td><td>")
                    .append(escape(recipients(message)))
                    .append("</td><td class=\"subject\"><a href=\"/messages/")
                    .append(message.id())
                    .append("\">")
                    .append(escape(subjectOf(message)))
                    .append("</a></td><td>")
                    .append(attachmentCount(message.attachments().size()))
                    .append("</td></tr>\n");
        }
        String body = messages.isEmpty()
                ? "<p class=\"muted\">No mail yet. The services send through SMTP; messages appear here.</p>"
                : "<table><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th><th>Files</th></tr>\n" + rows
                        + "</table>";
        return page("Mail inbox (" + messages.size() + ")", """
                <form method="post" action="/clear"><button>Delete all</button></form>
                <a href="/api/messages">JSON</a>""", body, true);
    }

    static String message(ReceivedMessage message) {
        StringBuilder body = new StringBuilder("<p><a href=\"/\">← All messages</a></p>\n<table class=\"headers\">");
        header(body, "From", fromOf(message));
        header(body, "To", join(message.to()));
        if (!message.cc().isEmpty()) {
            header(body, "Cc", join(message.cc()));
        }
        header(body, "Envelope to", String.join(", ", message.envelopeRecipients()));
        if (!message.replyTo().isEmpty()) {
            header(body, "Reply-To", join(message.replyTo()));
        }
        if (message.sentAt() != null) {
            header(body, "Date", when(message.sentAt()));
        }
        header(body, "Received", when(message.receivedAt()));
        header(body, "Subject", subjectOf(message));
        body.append("</table>\n");
        if (message.problem() != null) {
            body.append("<p><strong>Could not read this message:</strong> ")
                    .append(escape(message.problem()))
                    .append("</p>");
        }
        if (!message.attachments().isEmpty()) {
            body.append("<h3>Attachments</h3><ul class=\"files\">");
            for (Attachment attachment : message.attachments()) {
                body.append("<li><a href=\"/api/messages/")
                        .append(message.id())
                        .append("/attachments/")
                        .append(attachment.index())
                        .append("\">")
                        .append(escape(attachment.name()))
                        .append("</a> ")
                        .append("<span class=\"muted\">")
                        .append(escape(attachment.contentType()))
                        .append(", ")
                        .append(size(attachment.size()))
                        .append("</span></li>");
            }
            body.append("</ul>\n");
        }
        if (message.html() != null) {
            body.append("<h3>HTML</h3><iframe sandbox src=\"/messages/")
                    .append(message.id())
                    .append("/html\" title=\"HTML body\"></iframe>\n");
        }
        if (message.text() != null) {
            body.append("<h3>Text</h3><pre>").append(escape(message.text())).append("</pre>\n");
        }
        body.append("<p><a href=\"/api/messages/")
                .append(message.id())
                .append("/raw\">MIME source</a> · ")
                .append("<a href=\"/api/messages/")
                .append(message.id())
                .append("\">JSON</a></p>");
        String actions =
                "<form method=\"post\" action=\"/messages/" + message.id() + "/delete\"><button>Delete</button></form>";
        return page(subjectOf(message), actions, body.toString(), false);
    }

    /** The HTML body with inline images (cid:) pointed at their download address. */
    static String htmlBody(ReceivedMessage message) {
        Matcher matcher = CID.matcher(message.html());
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = message.attachments().stream()
                    .filter(a -> matcher.group(1).equals(a.contentId()))
                    .map(a -> "/api/messages/" + message.id() + "/attachments/" + a.index())
                    .findFirst()
                    .orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String notFound(String what) {
        return page("Not found", "", "<p>" + escape(what) + "</p><p><a href=\"/\">← All messages</a></p>", false);
    }

    private static String page(String title, String actions, String body, boolean refresh) {
        return "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + (refresh ? "<meta http-equiv=\"refresh\" content=\"10\">" : "")
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>\n<body><header><h1>"
                + escape(title) + "</h1>" + actions + "</header>\n<main>" + body + "</main></body></html>\n";
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append("<tr><th>")
                .append(name)
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>");
    }

    private static String subjectOf(ReceivedMessage message) {
        return message.subject() == null || message.subject().isBlank() ? "(no subject)" : message.subject();
    }

    private static String attachmentCount(int count) {
        return count == 0 ? "" : count == 1 ? "1 attachment" : count + " attachments";
    }

    private static String fromOf(ReceivedMessage message) {
        return message.from() == null ? message.envelopeFrom() : message.from().toString();
    }

    private static String recipients(ReceivedMessage message) {
        return message.to().isEmpty() ? String.join(", ", message.envelopeRecipients()) : join(message.to());
    }

    private static String join(List<Mailbox> mailboxes) {
        return mailboxes.stream().map(Mailbox::toString).collect(Collectors.joining(", "));
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(MessageJson.VIETNAM));
    }

    private static String size(int bytes) {
        return bytes < 1024
                ? bytes + " B"
                : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
