package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.documents.testing.MaterialsApi.department;
import static vn.gov.conference.documents.testing.MaterialsApi.office;
import static vn.gov.conference.documents.testing.MaterialsApi.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.contracts.EventCatalog;
import vn.gov.conference.contracts.Topics;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.documents.audit.AuditEntry;
import vn.gov.conference.documents.portal.PortalService;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestEvents;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class PortalIntegrationTests {

    private static final String ITEM_PCI = "item-6";
    private static final String ITEM_PACA = "item-7";

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    SignedLinks links;

    @Autowired
    MongoTemplate mongo;

    MaterialsApi api;
    String planId;
    List<JsonNode> opened;
    byte[] pciReport = SampleFiles.pdf("Bao cao ket qua PCI nam 2023");
    byte[] pciSlides = SampleFiles.pptx();
    byte[] pacaReport = SampleFiles.docx("Báo cáo kết quả chỉ số PACA năm 2023");

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.MATERIAL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @BeforeEach
    void acceptMaterials() {
        api = new MaterialsApi(port);
        var plan = Plans.tienGiang(7);
        planId = plan.planId();
        opened = api.approve(plan, 6);
        TestEvents.publish(
                Topics.AGENDA,
                EventCatalog.AGENDA_PUBLISHED.type(),
                planId,
                "tien-giang",
                new AgendaPublished(
                        planId,
                        1,
                        null,
                        null,
                        List.of(
                                slot(ITEM_PCI, "6", "Báo cáo tóm tắt kết quả PCI năm 2023", Plans.SKHDT),
                                slot(ITEM_PACA, "7", "Báo cáo tóm tắt kết quả chỉ số PACA năm 2023", Plans.TTT))));
        submitAndAccept(Plans.SKHDT_REPORT, "TG-SKHDT", "Báo cáo PCI 2023.pdf", pciReport);
        submitAndAccept(Plans.TTT_REPORT, "TG-TTT", "Báo cáo PACA 2023.docx", pacaReport);
        String slides = opened.stream()
                .filter(r -> r.get("kind").asString().equals("SLIDES"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        api.submit(slides, department("TG-SKHDT"), "Trình chiếu PCI.pptx", null, pciSlides);
        api.post("/api/material-requests/" + slides + "/accept", office(), Map.of());
    }

    @Test
    void theOfficePublishesASelectionThatDelegatesReadByAgendaItemWithASignedLink() {
        ApiClient.Response published = publish(
                office(),
                Map.of(
                        document(Plans.SKHDT_REPORT),
                        ITEM_PCI,
                        slidesDocument(),
                        ITEM_PCI,
                        document(Plans.TTT_REPORT),
                        ITEM_PACA));

        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        MaterialsPublished event = events.await(
                        EventCatalog.MATERIALS_PUBLISHED.type(), recorded -> planId.equals(recorded.subject()))
                .payload(MaterialsPublished.class);
        assertThat(event.documentIds())
                .containsExactlyInAnyOrder(document(Plans.SKHDT_REPORT), slidesDocument(), document(Plans.TTT_REPORT));
        assertThat(event.portalPath()).isEqualTo("/api/plans/" + planId + "/portal");

        String token =
                links.sign(PortalService.LINK_PURPOSE, planId, Instant.now().plus(Duration.ofDays(30)));
        JsonNode portal = awaitPortal(token);
        JsonNode sections = portal.get("sections");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).get("heading").asString()).isEqualTo("6. Báo cáo tóm tắt kết quả PCI năm 2023");
        assertThat(sections.get(0).get("materials")).hasSize(2);
        assertThat(sections.get(1).get("agendaItemId").asString()).isEqualTo(ITEM_PACA);
        JsonNode paca = sections.get(1).get("materials").get(0);
        assertThat(paca.get("fileName").asString()).isEqualTo("Báo cáo PACA 2023.docx");
        assertThat(paca.get("sha256").asString()).isEqualTo(SampleFiles.sha256(pacaReport));
        assertThat(paca.get("owner").get("name").asString()).isEqualTo("Thanh tra tỉnh");

        ApiClient.Response download = api.get(paca.get("downloadPath").asString(), null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pacaReport);
        ApiClient.Response range = api.getWithHeader(paca.get("downloadPath").asString(), null, "Range", "bytes=0-3");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.bytes()).isEqualTo(new byte[] {'P', 'K', 3, 4});
        assertThat(mongo.find(
                        Query.query(Criteria.where("planId")
                                .is(planId)
                                .and("action")
                                .is(AuditEntry.Action.PORTAL_DOWNLOAD)),
                        AuditEntry.class))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("signed-link"));
    }

    @Test
    void servesEveryPublishedMaterialInOneZipWithAFolderPerAgendaItem() throws IOException {
        publish(
                office(),
                Map.of(
                        document(Plans.SKHDT_REPORT),
                        ITEM_PCI,
                        document(Plans.TTT_REPORT),
                        ITEM_PACA,
                        slidesDocument(),
                        ""));
        String token =
                links.sign(PortalService.LINK_PURPOSE, planId, Instant.now().plus(Duration.ofDays(1)));
        String bundlePath = awaitPortal(token).get("bundlePath").asString();

        ApiClient.Response bundle = api.get(bundlePath, null);

        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/zip");
        assertThat(bundle.header("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''T%C3%A0i");
        Map<String, byte[]> entries = unzip(bundle.bytes());
        assertThat(entries.keySet())
                .containsExactly(
                        "01 Tài liệu chung/Trình chiếu PCI.pptx",
                        "02 6. Báo cáo tóm tắt kết quả PCI năm 2023/Báo cáo PCI 2023.pdf",
                        "03 7. Báo cáo tóm tắt kết quả chỉ số PACA năm 2023/Báo cáo PACA 2023.docx");
        assertThat(entries.get("02 6. Báo cáo tóm tắt kết quả PCI năm 2023/Báo cáo PCI 2023.pdf"))
                .isEqualTo(pciReport);
        assertThat(entries.get("01 Tài liệu chung/Trình chiếu PCI.pptx")).isEqualTo(pciSlides);
        assertThat(mongo.find(
                        Query.query(Criteria.where("planId")
                                .is(planId)
                                .and("action")
                                .is(AuditEntry.Action.BUNDLE_DOWNLOAD)),
                        AuditEntry.class))
                .hasSize(1);
    }

    @Test
    void letsSignedInCallersOfTheProvinceReadThePortalAndNobodyElse() {
        publish(office(), Map.of(document(Plans.SKHDT_REPORT), ITEM_PCI));
        String otherPlan = links.sign(
                PortalService.LINK_PURPOSE, "another-plan", Instant.now().plusSeconds(600));
        String expired =
                links.sign(PortalService.LINK_PURPOSE, planId, Instant.now().minusSeconds(1));
        String portal = "/api/plans/" + planId + "/portal";

        assertThat(api.get(portal, department("TG-MTTQ")).status()).isEqualTo(200);
        assertThat(api.get(portal, TestTokens.central()).status()).isEqualTo(200);
        assertThat(api.get(portal, TestTokens.office("dong-thap")).status()).isEqualTo(404);
        ApiClient.Response anonymous = api.get(portal, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(api.get(portal + "?sig=" + encode(otherPlan), null).status()).isEqualTo(403);
        assertThat(api.get(portal + "?sig=" + encode(expired), null).status()).isEqualTo(403);
        assertThat(api.get(portal + "/bundle.zip?sig=forged.token", null).status())
                .isEqualTo(403);
        assertThat(api.get(portal + "/documents/" + document(Plans.TTT_REPORT) + "/content", department("TG-MTTQ"))
                        .status())
                .as("accepted but unpublished")
                .isEqualTo(404);
    }

    @Test
    void onlyTheProvincesOfficePublishesAndOnlyAcceptedMaterialsOfThePlan() {
        String speech = request(opened, Plans.SKHDT_SPEECH).get("id").asString();
        String submittedOnly = api.submit(
                        speech, department("TG-SKHDT"), "Dự thảo.pdf", null, SampleFiles.pdf("du thao"))
                .json()
                .get("documentId")
                .asString();

        assertThat(publish(department("TG-SKHDT"), Map.of(document(Plans.SKHDT_REPORT), ITEM_PCI))
                        .status())
                .isEqualTo(403);
        assertThat(publish(TestTokens.central(), Map.of(document(Plans.SKHDT_REPORT), ITEM_PCI))
                        .status())
                .isEqualTo(403);
        assertThat(publish(TestTokens.office("dong-thap"), Map.of(document(Plans.SKHDT_REPORT), ITEM_PCI))
                        .status())
                .isEqualTo(404);
        ApiClient.Response unaccepted = publish(office(), Map.of(submittedOnly, ITEM_PCI));
        assertThat(unaccepted.status()).isEqualTo(409);
        assertThat(unaccepted.json().get("rule").asString()).isEqualTo("not-accepted");
        ApiClient.Response unknown = publish(office(), Map.of("no-such-document", ITEM_PCI));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("documents[0].documentId");
        ApiClient.Response empty =
                api.post("/api/plans/" + planId + "/publications", office(), Map.of("documents", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(events.during(
                        Duration.ofMillis(500),
                        EventCatalog.MATERIALS_PUBLISHED.type(),
                        recorded -> planId.equals(recorded.subject())))
                .isEmpty();
    }

    private void submitAndAccept(String assignmentId, String unit, String fileName, byte[] content) {
        String id = request(opened, assignmentId).get("id").asString();
        assertThat(api.submit(id, department(unit), fileName, null, content).status())
                .isEqualTo(201);
        assertThat(api.post("/api/material-requests/" + id + "/accept", office(), Map.of())
                        .status())
                .isEqualTo(200);
    }

    private String document(String assignmentId) {
        String id = request(opened, assignmentId).get("id").asString();
        return api.get("/api/material-requests/" + id, office())
                .json()
                .get("documentId")
                .asString();
    }

    private String slidesDocument() {
        return opened.stream()
                .filter(r -> r.get("kind").asString().equals("SLIDES"))
                .findFirst()
                .map(r -> api.get("/api/material-requests/" + r.get("id").asString(), office())
                        .json()
                        .get("documentId")
                        .asString())
                .orElseThrow();
    }

    private ApiClient.Response publish(String token, Map<String, String> documentsToItems) {
        List<Map<String, String>> documents = documentsToItems.entrySet().stream()
                .map(entry -> Map.of("documentId", entry.getKey(), "agendaItemId", entry.getValue()))
                .toList();
        return api.post("/api/plans/" + planId + "/publications", token, Map.of("documents", documents));
    }

    /** The agenda arrives through Kafka; the portal shows its headings once it has. */
    private JsonNode awaitPortal(String token) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode portal = api.get("/api/plans/" + planId + "/portal?sig=" + encode(token), null)
                    .json();
            boolean headed = portal.get("sections")
                    .valueStream()
                    .allMatch(section -> section.get("agendaItemId").isNull()
                            || section.get("number").isString());
            if (headed || System.currentTimeMillis() > deadline) {
                return portal;
            }
            sleep();
        }
    }

    private static Slot slot(String itemId, String number, String title, UnitRef presenter) {
        OffsetDateTime start = OffsetDateTime.parse("2024-09-10T09:00+07:00");
        return new Slot(itemId, number, title, "REPORT", List.of(presenter), start, start.plusMinutes(15));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
