package vn.gov.conference.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.plan.SeedRequests;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.ApiClient.Response;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * {@code GET /api/plans/{id}/document} on the whole service: the seeds drafted, approved and given their agendas
 * through the real broker as agenda-service publishes them, then fetched as DOCX and PDF; and the refusals.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PlanDocumentIntegrationTests {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;

    @Autowired
    RenderSlots renders;

    private ApiClient http;

    @BeforeEach
    void client() {
        http = ApiClient.onPort(port);
    }

    private String approved(String province, String body, String issuedOn) {
        Response created = http.post("/api/plans", TestTokens.office(province), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.post("/api/plans/" + id + "/submit", TestTokens.office(province), "")
                        .status())
                .isEqualTo(200);
        Response approved =
                http.post("/api/plans/" + id + "/approve", TestTokens.approver(province), Map.of("issuedOn", issuedOn));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    private Response document(String id, String format, String token) {
        return http.get("/api/plans/" + id + "/document?format=" + format, token);
    }

    private List<String> docxLines(String id, String token) {
        Response docx = document(id, "docx", token);
        assertThat(docx.status()).as(docx.body()).isEqualTo(200);
        return SeedDocuments.lines(docx.bytes());
    }

    /** Every render slot of this instance busy: the next document is refused at once, not queued into a timeout. */
    @Test
    void refusesADocumentAtOnceWithRetryAfterWhileEveryRenderSlotIsBusy() throws Exception {
        String id = approved("tien-giang", SeedRequests.tienGiang(), "2024-07-18");
        List<AutoCloseable> held = new ArrayList<>();
        try {
            while (renders.available() > 0) {
                held.add(renders.hold());
            }
            long started = System.nanoTime();
            Response busy = document(id, "pdf", TestTokens.central());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).hasValue("5");
            assertThat(busy.json().get("rule").asString()).isEqualTo("render-busy");
        } finally {
            for (AutoCloseable slot : held) {
                slot.close();
            }
        }
        assertThat(document(id, "docx", TestTokens.central()).status()).isEqualTo(200);
    }

    @Test
    void servesTienGiangsPlanAsDocxAndPdfWithThePublishedAgendaAsItsAnnex() throws Exception {
        String id = approved("tien-giang", SeedRequests.tienGiang(), "2024-07-18");
        String number = http.get("/api/plans/" + id, TestTokens.central())
                .json()
                .get("documentNumber")
                .asString();
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                id,
                "tien-giang",
                SeedDocuments.tienGiangAgenda(id));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(docxLines(id, TestTokens.office("tien-giang")))
                        .contains("7 giờ 30 - 8 giờ"));
        Response docx = document(id, "docx", TestTokens.office("tien-giang"));
        assertThat(docx.contentType()).startsWith(DOCX);
        assertThat(docx.header("Content-Disposition").orElseThrow())
                .contains("ke-hoach-" + number.replace('/', '-') + ".docx");
        List<String> lines = SeedDocuments.lines(docx.bytes());
        assertThat(lines.subList(0, 6))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN",
                        "TỈNH TIỀN GIANG",
                        "Số: " + number,
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Tiền Giang, ngày 18 tháng 7 năm 2024");
        assertThat(lines)
                .containsSubsequence(
                        "CHƯƠNG TRÌNH HỘI NGHỊ",
                        "(Kèm theo Kế hoạch số " + number + " ngày 18/7/2024 của Ủy ban nhân dân tỉnh Tiền Giang)",
                        "7 giờ 30 - 8 giờ",
                        "10 giờ 45 - 11 giờ 15");

        // A department of the province reads the signed plan's document, as it reads the plan.
        Response pdf = document(id, "pdf", TestTokens.department("tien-giang", "TG-SNV"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument read = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", " "))
                    .contains(
                            "Số: " + number,
                            "Tiền Giang, ngày 18 tháng 7 năm 2024",
                            "Nguyễn Văn Vĩnh",
                            "10 giờ 45 - 11 giờ 15");
        }
    }

    @Test
    void takesTheNumberAndDateOfTheProvincesDocumentRegisterAndKeepsTheRegisterGapFree() {
        String first = submitted("dong-thap", SeedRequests.dongThap());
        Response wrong = http.post(
                "/api/plans/" + first + "/approve",
                TestTokens.approver("dong-thap"),
                Map.of("issuedOn", "2021-06-29", "documentNumber", "901/QĐ-UBND"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("documentNumber");

        Response approved = http.post(
                "/api/plans/" + first + "/approve",
                TestTokens.approver("dong-thap"),
                Map.of("issuedOn", "2021-06-29", "documentNumber", "901/KH-UBND"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("documentNumber").asString()).isEqualTo("901/KH-UBND");
        assertThat(docxLines(first, TestTokens.office("dong-thap")))
                .contains("Số: 901/KH-UBND", "Đồng Tháp, ngày 29 tháng 6 năm 2021");

        String next = submitted("dong-thap", SeedRequests.dongThap());
        Response drawn = http.post(
                "/api/plans/" + next + "/approve", TestTokens.approver("dong-thap"), Map.of("issuedOn", "2021-06-30"));
        assertThat(drawn.json().get("documentNumber").asString())
                .as("the register continues after 901")
                .isEqualTo("902/KH-UBND");
    }

    private String submitted(String province, String body) {
        String id = http.post("/api/plans", TestTokens.office(province), body)
                .json()
                .get("id")
                .asString();
        assertThat(http.post("/api/plans/" + id + "/submit", TestTokens.office(province), "")
                        .status())
                .isEqualTo(200);
        return id;
    }

    @Test
    void listsTheSignedOriginalWithThePlanOnceDocumentsServiceAnnouncesIt() {
        String id = approved("dong-thap", SeedRequests.dongThap(), "2021-07-02");
        OffsetDateTime at = OffsetDateTime.parse("2021-07-02T15:00:00+07:00");
        String sha256 = "ab".repeat(32);
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                id,
                "dong-thap",
                new SignedOriginalAttached(
                        id,
                        "151/KH-UBND",
                        LocalDate.of(2021, 7, 2),
                        "ke-hoach-151.pdf",
                        48_213,
                        sha256,
                        "/api/plans/" + id + "/portal/signed-original",
                        at,
                        "dt-office"));
        TestEvents.publish(
                Topics.MATERIAL,
                EventCatalog.SIGNED_ORIGINAL_ATTACHED.type(),
                id,
                "dong-thap",
                new SignedOriginalAttached(
                        id,
                        "151/KH-UBND",
                        LocalDate.of(2021, 7, 2),
                        "ban-cu.pdf",
                        1,
                        "00",
                        "/api/plans/" + id + "/portal/signed-original",
                        at.minusHours(1),
                        "dt-office"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode signed = http.get("/api/plans/" + id, TestTokens.department("dong-thap", "DT-SNV"))
                    .json()
                    .get("signedOriginal");
            assertThat(signed.get("sha256").asString()).isEqualTo(sha256);
            assertThat(signed.get("fileName").asString()).isEqualTo("ke-hoach-151.pdf");
            assertThat(signed.get("content").asString()).isEqualTo("/api/plans/" + id + "/signed-original/content");
        });
    }

    @Test
    void printsTheLatestRevisionOfDongThapsAgendaHoweverTheEventsArrive() {
        String id = approved("dong-thap", SeedRequests.dongThap(), "2021-07-02");
        AgendaPublished first = SeedDocuments.dongThapAgenda(id);
        AgendaRevised later = new AgendaRevised(
                id, 2, first.sessionStart(), first.sessionEnd(), first.slots(), List.of(), "Bổ sung tham luận");
        TestEvents.publish(Topics.AGENDA, EventCatalog.AGENDA_REVISED.type(), id, "dong-thap", later);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                id,
                "dong-thap",
                new AgendaPublished(
                        id,
                        1,
                        first.sessionStart(),
                        first.sessionEnd(),
                        first.slots().subList(0, 2)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(docxLines(id, TestTokens.central()))
                        .containsSubsequence(
                                "Đồng Tháp, ngày 02 tháng 7 năm 2021",
                                "CHƯƠNG TRÌNH HỘI NGHỊ",
                                "8 giờ - 8 giờ 05",
                                "8 giờ 40 - 9 giờ 36",
                                "10 giờ 06 - 10 giờ 21"));
    }

    @Test
    void refusesAnotherProvinceADraftToDepartmentsAndAnUnknownFormat() {
        Response created = http.post("/api/plans", TestTokens.office("dong-thap"), SeedRequests.dongThap());
        String id = created.json().get("id").asString();

        Response draft = document(id, "docx", TestTokens.office("dong-thap"));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(SeedDocuments.lines(draft.bytes()))
                .contains("Số:      /KH-UBND", "Đồng Tháp, ngày      tháng      năm 2021");
        // Tiền Giang never absorbed Đồng Tháp: its office does not learn the plan exists.
        assertThat(document(id, "pdf", TestTokens.office("tien-giang")).status())
                .isEqualTo(404);
        assertThat(document(id, "pdf", TestTokens.department("dong-thap", "DT-SNV"))
                        .status())
                .isEqualTo(404);

        Response odt = document(id, "odt", TestTokens.office("dong-thap"));
        assertThat(odt.status()).isEqualTo(400);
        assertThat(odt.contentType()).startsWith("application/problem+json");
        assertThat(odt.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        assertThat(odt.json().get("rule").asString()).isEqualTo("docx-or-pdf");
    }
}
