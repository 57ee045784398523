package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeComposerTests {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String SUBJECT = "Giấy mời dự Hội nghị đánh giá các chỉ số của tỉnh Tiền Giang";
    private static final String ICS = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Hội nghị\r\nEND:VCALENDAR\r\n";

    private static final EmailContent CONTENT = new EmailContent(
            SUBJECT,
            "Kính gửi: Sở Nội vụ\nTrân trọng kính mời…",
            "<p>Kính gửi: <strong>Sở Nội vụ</strong></p><img src=\"cid:qr-diem-danh\">",
            new EmailContent.Calendar(ICS, "REQUEST", "Lịch hội nghị 276-KH-UBND.ics"),
            List.of(new EmailContent.Attachment(
                    "Mã điểm danh.png", "image/png", new byte[] {1, 2, 3}, "qr-diem-danh")));

    private final MimeComposer composer =
            new MimeComposer("hoinghi@conference.example", "Văn phòng UBND tỉnh", "conference.gov.vn");

    private static OutboundEmail email() {
        return OutboundEmail.queue(
                        "evt-9",
                        "tien-giang",
                        "p1",
                        "inv-1",
                        EmailKind.INVITATION,
                        "snv@tiengiang.conference.example",
                        "Sở Nội vụ",
                        CONTENT,
                        null,
                        Instant.parse("2024-07-20T00:00:00Z"))
                .email();
    }

    private static byte[] raw(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> found = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            found.add(part);
        }
        return found;
    }

    @Test
    void encodesTheSubjectAndNamesSoThatDiacriticsSurvive() throws Exception {
        byte[] bytes = raw(composer.compose(email(), CONTENT, SESSION));
        String headers = new String(bytes, StandardCharsets.US_ASCII);

        assertThat(headers).contains("Subject: =?UTF-8?");
        assertThat(headers).contains("filename*=UTF-8''L%E1%BB%8Bch%20h%E1%BB%99i%20ngh%E1%BB%8B");
        MimeMessage read = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        assertThat(read.getSubject()).isEqualTo(SUBJECT);
        assertThat(read.getFrom()[0].toString()).contains("hoinghi@conference.example");
    }

    @Test
    void carriesTextHtmlTheCalendarAlternativeTheIcsAttachmentAndTheInlineQrCode() throws Exception {
        MimeMessage read =
                new MimeMessage(SESSION, new ByteArrayInputStream(raw(composer.compose(email(), CONTENT, SESSION))));

        assertThat(read.getContentType()).startsWith("multipart/mixed");
        List<Part> parts = leaves(read);
        assertThat(parts)
                .extracting(p -> p.getContentType().split(";")[0].trim().toLowerCase())
                .containsExactly("text/plain", "text/html", "text/calendar", "image/png", "application/ics");
        assertThat((String) parts.get(0).getContent()).contains("Trân trọng kính mời…");
        assertThat((String) parts.get(1).getContent()).contains("<strong>Sở Nội vụ</strong>");
        assertThat(parts.get(2).getContentType()).contains("method=REQUEST");
        try (InputStream in = parts.get(2).getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ICS);
        }
        BodyPart qr = (BodyPart) parts.get(3);
        assertThat(qr.getHeader("Content-ID")).containsExactly("<qr-diem-danh>");
        assertThat(qr.getDisposition()).isEqualTo(Part.INLINE);
        assertThat(parts.get(4).getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.get(4).getFileName()))
                .isEqualTo("Lịch hội nghị 276-KH-UBND.ics");
    }

    @Test
    void derivesTheMessageIdFromTheEmailSoAResendIsTheSameMessage() throws Exception {
        MimeMessage first = composer.compose(email(), CONTENT, SESSION);
        MimeMessage second = composer.compose(email(), CONTENT, SESSION);

        assertThat(first.getMessageID())
                .isEqualTo("<" + email().id().value() + "@conference.gov.vn>")
                .isEqualTo(second.getMessageID());
    }

    @Test
    void sendsAPlainEmailWithoutCalendarOrAttachments() throws Exception {
        NewEmail plain = OutboundEmail.queue(
                "evt-1",
                "dong-thap",
                "p3",
                null,
                EmailKind.DEADLINE_REMINDER,
                "skhdt@dt.example",
                null,
                new EmailContent("Nhắc hạn gửi tài liệu", "Kính gửi", null, null, null),
                null,
                Instant.EPOCH);

        List<Part> parts = leaves(new MimeMessage(
                SESSION, new ByteArrayInputStream(raw(composer.compose(plain.email(), plain.content(), SESSION)))));

        assertThat(parts)
                .singleElement()
                .satisfies(p -> assertThat(p.getContentType()).startsWith("text/plain"));
    }
}
