package vn.gov.conference.localstack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.localstack.Ports;

/** Sends real mail over SMTP and reads it back the way tests and people do: the JSON API and the pages. */
class MailSinkTests {

    private static final String SUBJECT =
            "Giấy mời dự Hội nghị công bố Chỉ số CCHC (PAR Index) năm 2024 tỉnh Tiền Giang";
    private static final String TEXT =
            "Kính gửi: Sở Nội vụ.\nỦy ban nhân dân tỉnh trân trọng kính mời quý đại biểu dự hội nghị.";
    private static final String HTML = "<p>Kính gửi: <b>Sở Nội vụ</b></p><p>Thời gian: 08 giờ 00, ngày 15/3/2025</p>";
    private static final String PDF_NAME = "Kế hoạch số 276-KH-UBND về Hội nghị đánh giá Chỉ số.pdf";
    private static final byte[] PDF = "%PDF-1.4 Nội dung thử nghiệm".getBytes(StandardCharsets.UTF_8);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MailSink sink;
    private static Ports ports;

    @BeforeAll
    static void startSink() {
        ports = Ports.ephemeral();
        sink = MailSink.start(ports.smtp(), ports.mailInbox());
    }

    @AfterAll
    static void stopSink() {
        sink.close();
    }

    @BeforeEach
    void emptyInbox() throws Exception {
        assertThat(request("DELETE", "/api/messages").statusCode()).isEqualTo(204);
    }

    @Test
    void readsVietnameseSubjectBodiesAndAttachmentBackIntact() throws Exception {
        send(invitation(PDF_NAME, false));

        JsonNode message = single();
        assertThat(message.get("subject").asString()).isEqualTo(SUBJECT);
        assertThat(message.at("/from/name").asString()).isEqualTo("Văn phòng UBND tỉnh Tiền Giang");
        assertThat(message.at("/from/address").asString()).isEqualTo("vanphong@tiengiang.gov.vn");
        assertThat(message.at("/to/0/name").asString()).isEqualTo("Sở Nội vụ");
        assertThat(message.at("/cc/0/address").asString()).isEqualTo("ubnd@tiengiang.gov.vn");
        assertThat(message.get("replyTo")).as("no Reply-To header was sent").isEmpty();
        assertThat(message.get("text").asString().replace("\r\n", "\n")).isEqualTo(TEXT);
        assertThat(message.get("html").asString()).isEqualTo(HTML);
        assertThat(message.get("date").asString()).endsWith("+07:00");
        JsonNode attachment = message.at("/attachments/0");
        assertThat(attachment.get("name").asString()).isEqualTo(PDF_NAME);
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asInt()).isEqualTo(PDF.length);
        assertThat(message.get("attachments")).hasSize(1);
    }

    /** Two copies of one letter (sent again after a crash) are told apart from two letters by this header. */
    @Test
    void showsTheMessageIdAsSent() throws Exception {
        MimeMessage letter = invitation(PDF_NAME, false);
        send(letter);

        assertThat(letter.getMessageID()).startsWith("<");
        assertThat(single().get("messageId").asString()).isEqualTo(letter.getMessageID());
    }

    @Test
    void servesAnAttachmentsExactBytesUnderItsUtf8Name() throws Exception {
        send(invitation(PDF_NAME, false));
        String url = single().at("/attachments/0/url").asString();

        HttpResponse<byte[]> download =
                HTTP.send(HttpRequest.newBuilder(inbox(url)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"K")
                .endsWith("filename*=UTF-8''"
                        + java.net.URLEncoder.encode(PDF_NAME, StandardCharsets.UTF_8)
                                .replace("+", "%20"));
    }

    @Test
    void decodesAnRfc2047EncodedFileNameAsWell() throws Exception {
        send(invitation(PDF_NAME, true));

        assertThat(single().at("/attachments/0/name").asString()).isEqualTo(PDF_NAME);
    }

    @Test
    void listsAMessageToSeveralRecipientsOnceWithItsBccFromTheEnvelope() throws Exception {
        send(invitation(PDF_NAME, false));

        JsonNode message = single();
        assertThat(message.get("bcc").valueStream().map(JsonNode::asString).toList())
                .containsExactly("luutru@tiengiang.gov.vn");
        assertThat(message.at("/envelope/recipients")).hasSize(3);
    }

    @Test
    void keepsTheMimeSourceAsReceived() throws Exception {
        send(invitation(PDF_NAME, false));
        long id = single().get("id").asLong();

        HttpResponse<String> raw = request("GET", "/api/messages/" + id + "/raw");

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).contains("Subject: =?UTF-8?").doesNotContain(SUBJECT);
        assertThat(raw.body()).contains("multipart/alternative");
    }

    @Test
    void filtersByRecipientAndDeletesOneOrAll() throws Exception {
        send(invitation(PDF_NAME, false));
        send(plain("dt-snv@dongthap.gov.vn", "Nhắc hạn nộp tài liệu"));
        assertThat(awaitMessages(2)).hasSize(2);

        assertThat(list("/api/messages?to=DT-SNV@dongthap.gov.vn")).hasSize(1);
        assertThat(list("/api/messages?to=luutru@tiengiang.gov.vn")).hasSize(1);
        long first = list("/api/messages").get(0).get("id").asLong();

        assertThat(request("DELETE", "/api/messages/" + first).statusCode()).isEqualTo(204);
        assertThat(list("/api/messages")).hasSize(1);
        assertThat(request("DELETE", "/api/messages").statusCode()).isEqualTo(204);
        assertThat(list("/api/messages")).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownMessageOrAttachment() throws Exception {
        send(plain("snv@tiengiang.gov.vn", "Không có tệp đính kèm"));
        long id = single().get("id").asLong();

        assertThat(request("GET", "/api/messages/" + (id + 1000)).statusCode()).isEqualTo(404);
        assertThat(request("GET", "/api/messages/" + id + "/attachments/0").statusCode())
                .isEqualTo(404);
        assertThat(request("GET", "/api/messages/" + id + "/raw").statusCode()).isEqualTo(200);
        assertThat(request("POST", "/api/messages").statusCode()).isEqualTo(405);
    }

    @Test
    void showsMessagesToAPersonWithSubjectAndAttachmentLinks() throws Exception {
        send(invitation(PDF_NAME, false));
        long id = single().get("id").asLong();

        HttpResponse<String> list = request("GET", "/");
        HttpResponse<String> page = request("GET", "/messages/" + id);
        HttpResponse<String> html = request("GET", "/messages/" + id + "/html");

        assertThat(list.body()).contains(SUBJECT).contains("/messages/" + id);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(page.body())
                .contains(SUBJECT, PDF_NAME, "/api/messages/" + id + "/attachments/0", "Kính gửi: Sở Nội vụ.");
        assertThat(html.body()).isEqualTo(HTML);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox");
    }

    @Test
    void escapesMarkupInHeadersOnThePages() throws Exception {
        send(plain("snv@tiengiang.gov.vn", "<script>alert('x')</script> Lịch họp"));

        String page = request("GET", "/").body();

        assertThat(page)
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Lịch họp");
    }

    private MimeMessage invitation(String attachmentName, boolean rfc2047FileName) throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("vanphong@tiengiang.gov.vn", "Văn phòng UBND tỉnh Tiền Giang", "UTF-8"));
        message.setRecipient(RecipientType.TO, new InternetAddress("snv@tiengiang.gov.vn", "Sở Nội vụ", "UTF-8"));
        message.setRecipient(RecipientType.CC, new InternetAddress("ubnd@tiengiang.gov.vn"));
        message.setRecipient(RecipientType.BCC, new InternetAddress("luutru@tiengiang.gov.vn"));
        message.setSubject(SUBJECT, "UTF-8");
        message.setSentDate(new java.util.Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(TEXT, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(HTML, "text/html; charset=UTF-8");
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(new MimeMultipart("alternative", text, html));

        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(PDF, "application/pdf")));
        if (rfc2047FileName) {
            pdf.setHeader(
                    "Content-Disposition",
                    "attachment; filename=\"" + MimeUtility.encodeText(attachmentName, "UTF-8", "B") + "\"");
        } else {
            pdf.setFileName(attachmentName);
            pdf.setDisposition(Part.ATTACHMENT);
        }
        message.setContent(new MimeMultipart(bodies, pdf));
        return message;
    }

    private MimeMessage plain(String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("noreply@conference.local"));
        message.setRecipient(RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Nội dung", "UTF-8");
        return message;
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "localhost");
        properties.setProperty("mail.smtp.port", String.valueOf(ports.smtp()));
        return Session.getInstance(properties);
    }

    private static void send(MimeMessage message) throws MessagingException {
        Transport.send(message);
    }

    private static JsonNode single() throws Exception {
        List<JsonNode> messages = awaitMessages(1);
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    private static List<JsonNode> awaitMessages(int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<JsonNode> messages = list("/api/messages");
        while (messages.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            messages = list("/api/messages");
        }
        return messages;
    }

    private static List<JsonNode> list(String path) throws Exception {
        HttpResponse<String> response = request("GET", path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        return JSON.readTree(response.body()).valueStream().toList();
    }

    private static HttpResponse<String> request(String method, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(inbox(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI inbox(String path) {
        return URI.create("http://localhost:" + ports.mailInbox() + path);
    }
}
