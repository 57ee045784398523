package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PrintIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void printsTheAgendaInVietnameseAsHtmlAndPdf() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String path = "/api/plans/" + plan.planId() + "/agenda";
        Plans.approveAndAwait(api(), plan);
        api().put(path, TestTokens.office("dong-thap"), AgendaPublicationIntegrationTests.dongThapBody());

        Response html = api().get(path + "/print", TestTokens.department("dong-thap", "DT-CHAUTHANH"));
        Response pdf = api().get(path + "/print?format=pdf", TestTokens.central());

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html").contains("UTF-8");
        assertThat(html.body()).contains("CHƯƠNG TRÌNH HỘI NGHỊ", "(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/6/2021",
                "Thời gian:</b> 8 giờ, ngày 07/7/2021 (thứ Tư)", "Mỗi đại biểu trình bày 07 phút", "Dự thảo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.header("Content-Disposition").orElseThrow())
                .contains("inline", "filename*=UTF-8''Ch%C6%B0%C6%A1ng%20tr%C3%ACnh");
    }

    @Test
    void refusesAnUnknownFormat() {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        Plans.approveAndAwait(api(), plan);

        Response response = api().get("/api/plans/" + plan.planId() + "/agenda/print?format=docx",
                TestTokens.office("dong-thap"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("format");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
