package vn.gov.conference.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.render.RenderSlots;
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

    @Autowired
    RenderSlots renders;

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
        assertThat(html.body())
                .contains(
                        "CHƯƠNG TRÌNH HỘI NGHỊ",
                        "(Kèm theo Kế hoạch số 125/KH-UBND ngày 25/6/2021",
                        "Thời gian:</b> 8 giờ, ngày 07/7/2021 (thứ Tư)",
                        "Mỗi đại biểu trình bày 07 phút",
                        "Dự thảo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.header("Content-Disposition").orElseThrow())
                .contains("inline", "filename*=UTF-8''Ch%C6%B0%C6%A1ng%20tr%C3%ACnh");
    }

    /** Three large PDFs at once must not all run into the gateway's timeout: the one without a slot hears at once. */
    @Test
    void refusesAPdfAtOnceWithRetryAfterWhileEveryRenderSlotIsBusy() throws Exception {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        String path = "/api/plans/" + plan.planId() + "/agenda";
        Plans.approveAndAwait(api(), plan);
        api().put(path, TestTokens.office("dong-thap"), AgendaPublicationIntegrationTests.dongThapBody());

        List<AutoCloseable> held = new ArrayList<>();
        try {
            while (renders.available() > 0) {
                held.add(renders.hold());
            }
            long started = System.nanoTime();
            Response busy = api().get(path + "/print?format=pdf", TestTokens.central());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).hasValue("5");
            assertThat(busy.json().get("rule").asString()).isEqualTo("render-busy");
            assertThat(api().get(path + "/print", TestTokens.central()).status())
                    .as("HTML takes no slot")
                    .isEqualTo(200);
        } finally {
            for (AutoCloseable slot : held) {
                slot.close();
            }
        }
        assertThat(api().get(path + "/print?format=pdf", TestTokens.central()).status())
                .isEqualTo(200);
    }

    @Test
    void refusesAnUnknownFormat() {
        PlanSnapshot plan = Plans.dongThap("plan-" + UUID.randomUUID());
        Plans.approveAndAwait(api(), plan);

        Response response =
                api().get("/api/plans/" + plan.planId() + "/agenda/print?format=docx", TestTokens.office("dong-thap"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("format");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
