package vn.gov.conference.notification.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.conference.contracts.plan.ConferenceSchedule;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * {@code GET /api/invitations/{id}/letter}: a unit's Giấy mời for the office and, with the letter's own link, for the
 * delegate's page; none for a plan that replaces the invitation letter; the refusals.
 */
@ExtendWith(DocumentedAnswers.class)
class InvitationLetterIntegrationTests extends NotificationIntegrationTest {

    @Test
    void servesTheGiayMoiToTheOfficeAndToTheDelegatesLink() throws Exception {
        String planId = newPlanId();
        // Dated ahead of the test clock, so that the letter's answer link is still open.
        approve(Fixtures.at(
                Fixtures.tienGiang(planId), new ConferenceSchedule(CLOCK.now().plusDays(20), null, null, "8 giờ")));
        MimeMessage invitation = MailSink.awaitCount(planId, "INVITATION", 1).getFirst();
        String page = link(text(invitation, "text/plain"), "http://localhost:8080/moi/");
        String id = page.substring("http://localhost:8080/moi/".length(), page.indexOf('?'));
        String sig = page.substring(page.indexOf("sig=") + 4);

        ApiClient.Response docx = api.get("/api/invitations/" + id + "/letter?format=docx", TestTokens.office(TG));
        assertThat(docx.status()).as(docx.body()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition").orElseThrow()).contains("giay-moi-" + id + ".docx");
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(read.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains(
                            "GIẤY MỜI",
                            "Căn cứ Kế hoạch số 276/KH-UBND ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang.");
        }

        ApiClient.Response pdf = api.get("/api/invitations/" + id + "/letter?sig=" + sig, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument read = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(read)).contains("GIẤY MỜI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }

        assertThat(api.get("/api/invitations/" + id + "/letter?sig=" + sig + "x", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/invitations/" + id + "/letter", TestTokens.department(TG, "TG-SNV"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/invitations/" + id + "/letter", TestTokens.office(DT))
                        .status())
                .isIn(403, 404);
        ApiClient.Response odt = api.get("/api/invitations/" + id + "/letter?format=odt", TestTokens.office(TG));
        assertThat(odt.status()).isEqualTo(400);
        assertThat(odt.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    @Test
    void hasNoSeparateLetterWhereThePlanReplacesIt() throws Exception {
        String planId = newPlanId();
        approve(Fixtures.dongThapAt(planId, CLOCK.now().plusDays(10)));
        MimeMessage invitation = MailSink.awaitCount(planId, "INVITATION", 1).getFirst();
        String page = link(text(invitation, "text/plain"), "http://localhost:8080/moi/");
        String id = page.substring("http://localhost:8080/moi/".length(), page.indexOf('?'));

        ApiClient.Response refused = api.get("/api/invitations/" + id + "/letter", TestTokens.office(DT));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("replaced-by-plan");
    }
}
