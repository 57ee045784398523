package vn.gov.conference.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.documents.testing.MaterialsApi.department;
import static vn.gov.conference.documents.testing.MaterialsApi.office;
import static vn.gov.conference.documents.testing.MaterialsApi.request;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.ObjectId;
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
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.documents.audit.AuditEntry;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.StoredContent;
import vn.gov.conference.documents.content.UploadClaim;
import vn.gov.conference.documents.request.MaterialRequestService;
import vn.gov.conference.documents.testing.MaterialsApi;
import vn.gov.conference.documents.testing.Plans;
import vn.gov.conference.documents.testing.SampleFiles;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.EventRecorder;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.RecordedEvent;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class SubmissionIntegrationTests {

    private static EventRecorder events;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ContentStore store;

    @Autowired
    MaterialRequestService requests;

    MaterialsApi api;
    String planId;
    List<JsonNode> opened;

    @BeforeAll
    static void listen() {
        events = EventRecorder.listen(Topics.MATERIAL);
    }

    @AfterAll
    static void stopListening() {
        events.close();
    }

    @BeforeEach
    void approvePlan() {
        api = new MaterialsApi(port);
        var plan = Plans.tienGiang(7);
        planId = plan.planId();
        opened = api.approve(plan, 6);
    }

    @Test
    void uploadsRealPdfAndDocxAndReadsThemBackByteIdenticalWithTheSameSha256() {
        byte[] pdf = SampleFiles.pdf("Du thao phat bieu chi dao ve PCI");
        byte[] docx = SampleFiles.docx("Báo cáo kết quả PCI năm 2023 của tỉnh Tiền Giang");
        String speech = id(Plans.SKHDT_SPEECH);
        String report = id(Plans.SKHDT_REPORT);

        ApiClient.Response pdfAnswer =
                api.submit(speech, department("TG-SKHDT"), "Dự thảo phát biểu PCI.pdf", "application/pdf", pdf);
        ApiClient.Response docxAnswer = api.submit(report, department("TG-SKHDT"), "Báo cáo PCI 2023.docx", null, docx);

        assertThat(pdfAnswer.status()).as(pdfAnswer.toString()).isEqualTo(201);
        assertThat(docxAnswer.status()).as(docxAnswer.toString()).isEqualTo(201);
        JsonNode pdfVersion = pdfAnswer.json();
        assertThat(pdfVersion.get("sha256").asString()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(pdfVersion.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(pdfVersion.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(pdfVersion.get("version").asInt()).isEqualTo(1);
        assertThat(pdfVersion.get("late").asBoolean()).isFalse();
        assertThat(pdfVersion.get("fileName").asString()).isEqualTo("Dự thảo phát biểu PCI.pdf");
        assertThat(pdfAnswer.header("Location"))
                .contains("/api/documents/" + pdfVersion.get("documentId").asString());
        JsonNode docxVersion = docxAnswer.json();
        assertThat(docxVersion.get("sha256").asString()).isEqualTo(SampleFiles.sha256(docx));
        assertThat(docxVersion.get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        ApiClient.Response pdfBack = api.get(content(pdfVersion), department("TG-SKHDT"));
        ApiClient.Response docxBack = api.get(content(docxVersion), office());

        assertThat(pdfBack.status()).isEqualTo(200);
        assertThat(pdfBack.bytes()).isEqualTo(pdf);
        assertThat(SampleFiles.sha256(pdfBack.bytes()))
                .isEqualTo(pdfVersion.get("sha256").asString());
        assertThat(pdfBack.contentType()).startsWith("application/pdf");
        assertThat(pdfBack.header("ETag")).contains("\"" + SampleFiles.sha256(pdf) + "\"");
        String disposition = pdfBack.header("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").contains("filename=\"Du thao phat bieu PCI.pdf\"");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("Dự thảo phát biểu PCI.pdf");
        assertThat(docxBack.bytes()).isEqualTo(docx);

        MaterialSubmitted submitted = events.await(
                        EventCatalog.MATERIAL_SUBMITTED.type(), event -> speech.equals(event.subject()))
                .payload(MaterialSubmitted.class);
        assertThat(submitted.sha256()).isEqualTo(SampleFiles.sha256(pdf));
        assertThat(submitted.documentId())
                .isEqualTo(pdfVersion.get("documentId").asString());
        assertThat(submitted.late()).isFalse();
        assertThat(submitted.owner()).isEqualTo(Plans.SKHDT);
    }

    @Test
    void servesByteRangesOfAVersion() {
        byte[] pdf = SampleFiles.pdf("Range requests on a stored material");
        JsonNode version = api.submit(id(Plans.SKHDT_SPEECH), department("TG-SKHDT"), "range.pdf", null, pdf)
                .json();

        ApiClient.Response part = api.getWithHeader(content(version), department("TG-SNV"), "Range", "bytes=10-99");
        ApiClient.Response tail = api.getWithHeader(content(version), department("TG-SNV"), "Range", "bytes=-20");
        ApiClient.Response outside =
                api.getWithHeader(content(version), department("TG-SNV"), "Range", "bytes=" + (pdf.length + 10) + "-");

        assertThat(part.status()).isEqualTo(206);
        assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(pdf, 10, 100));
        assertThat(part.header("Content-Range")).contains("bytes 10-99/" + pdf.length);
        assertThat(tail.bytes()).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 20, pdf.length));
        assertThat(outside.status()).isEqualTo(416);
        assertThat(outside.header("Content-Range")).contains("bytes */" + pdf.length);
        assertThat(outside.bytes()).as("a 416 carries no body").isEmpty();
    }

    @Test
    void keepsEveryResubmissionAsANewVersion() {
        String speech = id(Plans.SKHDT_SPEECH);
        byte[] first = SampleFiles.pdf("Ban du thao lan 1");
        byte[] second = SampleFiles.docx("Bản dự thảo lần 2");
        JsonNode v1 = api.submit(speech, department("TG-SKHDT"), "Dự thảo.pdf", null, first)
                .json();
        JsonNode v2 = api.submit(speech, department("TG-SKHDT"), "Dự thảo.docx", null, second)
                .json();

        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("documentId").asString())
                .isEqualTo(v1.get("documentId").asString());
        String documentId = v1.get("documentId").asString();
        JsonNode versions = api.get("/api/documents/" + documentId + "/versions", department("TG-SKHDT"))
                .json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("sha256").asString()).isEqualTo(SampleFiles.sha256(first));
        assertThat(versions.get(1).get("sha256").asString()).isEqualTo(SampleFiles.sha256(second));
        assertThat(api.get("/api/documents/" + documentId + "/content?version=1", office())
                        .bytes())
                .isEqualTo(first);
        assertThat(api.get("/api/documents/" + documentId + "/content", office())
                        .bytes())
                .isEqualTo(second);
        JsonNode document = api.get("/api/documents/" + documentId, office()).json();
        assertThat(document.get("latest").get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/documents/" + documentId + "/content?version=3", office())
                        .status())
                .isEqualTo(404);
    }

    /**
     * Each upload is recorded on the request as read before its bytes were stored; uploads that overlap all keep
     * their version, the later ones read the request again (the save is conditional on the revision read).
     */
    @Test
    void recordsOverlappingUploadsToOneRequestAsSuccessiveVersions() throws Exception {
        String speech = id(Plans.SKHDT_SPEECH);
        int uploads = 3;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(uploads)) {
            for (int i = 1; i <= uploads; i++) {
                byte[] pdf = SampleFiles.pdf("Ban du thao so " + i);
                answers.add(clients.submit(() -> {
                    start.await();
                    return api.submit(speech, department("TG-SKHDT"), "Dự thảo.pdf", null, pdf);
                }));
            }
            start.countDown();
        }

        Set<Integer> versions = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (Future<ApiClient.Response> answer : answers) {
            ApiClient.Response response = answer.get();
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            versions.add(response.json().get("version").asInt());
            hashes.add(response.json().get("sha256").asString());
        }
        assertThat(versions).containsExactlyInAnyOrder(1, 2, 3);
        String documentId = answers.getFirst().get().json().get("documentId").asString();
        JsonNode stored =
                api.get("/api/documents/" + documentId + "/versions", office()).json();
        assertThat(stored).hasSize(uploads);
        Set<String> storedHashes = new HashSet<>();
        stored.forEach(version -> storedHashes.add(version.get("sha256").asString()));
        assertThat(storedHashes).isEqualTo(hashes).hasSize(uploads);
    }

    @Test
    void marksASubmissionAfterTheDeadlineLate() {
        String report = id(Plans.TTT_REPORT);

        ApiClient.Response answer = api.submit(
                report,
                department("TG-TTT"),
                "Báo cáo PACA 2023.pdf",
                "application/pdf",
                SampleFiles.pdf("Bao cao PACA"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().get("late").asBoolean()).isTrue();
        JsonNode request = api.get("/api/material-requests/" + report, department("TG-TTT"))
                .json();
        assertThat(request.get("deadlineStatus").asString()).isEqualTo("LATE");
        assertThat(request.get("latest").get("late").asBoolean()).isTrue();
        RecordedEvent submitted =
                events.await(EventCatalog.MATERIAL_SUBMITTED.type(), event -> report.equals(event.subject()));
        assertThat(submitted.payload(MaterialSubmitted.class).late()).isTrue();
        assertThat(submitted.tenant()).isEqualTo("tien-giang");
        assertThat(submitted.key()).isEqualTo(planId);
    }

    @Test
    void refusesAForgedContentTypeWithAProblemNamingTheDetectedType() {
        long filesBefore = storedFiles();

        ApiClient.Response answer = api.submit(
                id(Plans.SKHDT_REPORT),
                department("TG-SKHDT"),
                "Báo cáo.docx",
                "application/pdf",
                SampleFiles.docx("Báo cáo"));

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("rule").asString()).isEqualTo("content-type-mismatch");
        assertThat(problem.get("detectedType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(problem.get("declaredType").asString()).isEqualTo("application/pdf");
        assertThat(problem.get("detail").asString()).contains("wordprocessingml");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(api.get("/api/material-requests/" + id(Plans.SKHDT_REPORT), office())
                        .json()
                        .get("versions")
                        .asInt())
                .isZero();
    }

    @Test
    void refusesAnExtensionThatContradictsTheBytesAndContentOfNoAcceptedFormat() {
        ApiClient.Response renamed = api.submit(
                id(Plans.SKHDT_REPORT),
                department("TG-SKHDT"),
                "anh.pdf",
                "application/octet-stream",
                SampleFiles.png());
        ApiClient.Response script = api.submit(
                id(Plans.SKHDT_REPORT),
                department("TG-SKHDT"),
                "bao-cao.pdf",
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(renamed.status()).isEqualTo(415);
        assertThat(renamed.json().get("detectedType").asString()).isEqualTo("image/png");
        assertThat(renamed.json().get("declaredType").asString()).isEqualTo(".pdf");
        assertThat(script.status()).isEqualTo(415);
        assertThat(script.json().get("rule").asString()).isEqualTo("unsupported-content");
    }

    @Test
    void refusesAFileOverTheSizeLimitWith413AndKeepsNothing() {
        long filesBefore = storedFiles();
        long chunksBefore = storedChunks();
        byte[] big = Arrays.copyOf(SampleFiles.pdf("Qua gioi han"), (int) store.maxSize() + 1);

        ApiClient.Response answer = api.submit(id(Plans.SKHDT_REPORT), department("TG-SKHDT"), "lớn.pdf", null, big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("rule").asString()).isEqualTo("too-large");
        assertThat(answer.json().get("maxSize").asLong()).isEqualTo(store.maxSize());
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(storedChunks()).isEqualTo(chunksBefore);
    }

    @Test
    void refusesAnUploadWhoseDeclaredLengthIsOverTheLimitBeforeReadingIt() {
        byte[] big = Arrays.copyOf(SampleFiles.pdf("Qua gioi han"), (int) store.maxSize() + 200_000);

        ApiClient.Response answer = api.submit(id(Plans.SKHDT_REPORT), department("TG-SKHDT"), "lớn.pdf", null, big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("rule").asString()).isEqualTo("too-large");
        assertThat(answer.json().get("detail").asString()).contains("at most " + store.maxSize());
        assertThat(mongo.find(Query.query(Criteria.where("planId").is(planId)), AuditEntry.class))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditEntry.Action.UPLOAD);
                    assertThat(entry.outcome()).startsWith("refused: The upload is");
                });
        assertThat(api.submit(id(Plans.SKHDT_REPORT), department("TG-STTTT"), "lớn.pdf", null, big)
                        .status())
                .as("who asks is checked first")
                .isEqualTo(403);
    }

    @Test
    void documentsTheUploadInTheOpenApiAndItsEventsInTheAsyncApi() {
        ApiClient.Response openApi = api.get("/v3/api-docs", null);
        ApiClient.Response asyncApi = api.get("/asyncapi.json", null);

        assertThat(openApi.status()).isEqualTo(200);
        JsonNode upload = openApi.json()
                .get("paths")
                .get("/api/material-requests/{id}/submissions")
                .get("post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data"))
                .isTrue();
        assertThat(openApi.json().get("paths").has("/api/plans/{planId}/portal/bundle.zip"))
                .isTrue();
        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.body())
                .contains("vn.gov.conference.material.submitted.v1", "vn.gov.conference.plan.approved.v1");
    }

    @Test
    void refusesADepartmentAnotherDepartmentsRequest() {
        String speech = id(Plans.SKHDT_SPEECH);

        ApiClient.Response submit = api.submit(speech, department("TG-STTTT"), "x.pdf", null, SampleFiles.pdf("x"));
        ApiClient.Response read = api.get("/api/material-requests/" + speech, department("TG-TTT"));
        ApiClient.Response otherProvince =
                api.get("/api/material-requests/" + speech, TestTokens.department("dong-thap", "DT-SKHDT"));
        ApiClient.Response central = api.submit(speech, TestTokens.central(), "x.pdf", null, SampleFiles.pdf("x"));
        ApiClient.Response anonymous = api.submit(speech, null, "x.pdf", null, SampleFiles.pdf("x"));

        assertThat(submit.status()).isEqualTo(403);
        assertThat(submit.contentType()).startsWith("application/problem+json");
        assertThat(submit.json().get("rule").asString()).isEqualTo("other-unit");
        assertThat(read.status()).isEqualTo(403);
        assertThat(otherProvince.status()).isEqualTo(404);
        assertThat(central.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get("/api/material-requests/" + speech, TestTokens.central())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/material-requests/" + speech, office())
                        .json()
                        .get("versions")
                        .asInt())
                .isZero();
    }

    @Test
    void showsADepartmentOnlyWhatItOwesAndWhatItReviews() {
        List<String> skhdt =
                assignments(api.get("/api/plans/" + planId + "/material-requests", department("TG-SKHDT")));
        List<String> snv = assignments(api.get("/api/plans/" + planId + "/material-requests", department("TG-SNV")));
        ApiClient.Response otherProvince =
                api.get("/api/plans/" + planId + "/material-requests", TestTokens.office("dong-thap"));

        assertThat(skhdt).containsExactlyInAnyOrder(Plans.SKHDT_SPEECH, Plans.SKHDT_REPORT, Plans.SKHDT_REPORT);
        assertThat(snv).containsExactlyInAnyOrder(Plans.SKHDT_SPEECH, Plans.STTTT_SPEECH, Plans.SNV_SPEECH);
        assertThat(otherProvince.status()).isEqualTo(404);
        assertThat(api.get("/api/plans/" + planId + "/material-requests", TestTokens.central())
                        .json()
                        .get("items"))
                .hasSize(6);
    }

    @Test
    void listsThePlansRequestsAPageAtATimeWithTheTotal() {
        String path = "/api/plans/" + planId + "/material-requests";
        JsonNode first = api.get(path + "?size=4", TestTokens.central()).json();
        JsonNode second = api.get(path + "?size=4&page=1", TestTokens.central()).json();

        assertThat(first.get("items")).hasSize(4);
        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(second.get("items")).hasSize(2);
        List<String> ids = new ArrayList<>();
        first.get("items").forEach(request -> ids.add(request.get("id").asString()));
        second.get("items").forEach(request -> ids.add(request.get("id").asString()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
        JsonNode past = api.get(path + "?size=4&page=2", TestTokens.central()).json();
        assertThat(past.get("items")).isEmpty();
        assertThat(past.get("total").asLong()).isEqualTo(6);

        ApiClient.Response tooBig = api.get(path + "?size=500", TestTokens.central());
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(api.get(path + "?page=-2", TestTokens.central())
                        .json()
                        .at("/errors/0/field")
                        .asString())
                .isEqualTo("page");
    }

    @Test
    void writesEveryUploadAndDownloadToTheAuditLog() {
        String speech = id(Plans.SKHDT_SPEECH);
        JsonNode version = api.submit(speech, department("TG-SKHDT"), "Dự thảo.pdf", null, SampleFiles.pdf("audit"))
                .json();
        api.submit(speech, department("TG-SKHDT"), "giả.pdf", "application/pdf", SampleFiles.docx("giả"));
        api.get(content(version), department("TG-SNV"));

        List<AuditEntry> entries =
                mongo.find(Query.query(Criteria.where("planId").is(planId)), AuditEntry.class);

        assertThat(entries)
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditEntry.Action.UPLOAD);
                    assertThat(entry.actor()).isEqualTo("tg-skhdt");
                    assertThat(entry.outcome()).isEqualTo(AuditEntry.OK);
                    assertThat(entry.sha256()).isEqualTo(version.get("sha256").asString());
                    assertThat(entry.version()).isEqualTo(1);
                })
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditEntry.Action.UPLOAD);
                    assertThat(entry.fileName()).isEqualTo("giả.pdf");
                    assertThat(entry.outcome()).startsWith("refused");
                })
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditEntry.Action.DOWNLOAD);
                    assertThat(entry.actor()).isEqualTo("tg-snv");
                    assertThat(entry.unit()).isEqualTo("TG-SNV");
                    assertThat(entry.documentId())
                            .isEqualTo(version.get("documentId").asString());
                });
    }

    @Test
    void sweepsStoredFilesNoSubmissionRecordedButKeepsRecordedOnes() {
        JsonNode version = api.submit(
                        id(Plans.SKHDT_SPEECH), department("TG-SKHDT"), "giữ.pdf", null, SampleFiles.pdf("giu"))
                .json();
        StoredContent orphan = store.store(
                new ByteArrayInputStream(SampleFiles.pdf("mo coi")),
                new UploadClaim("mồ côi.pdf", null),
                Map.of("planId", planId));

        store.sweepOrphans(Instant.now().plusSeconds(1), requests::recordedFiles);

        assertThat(mongo.getCollection("materials.files")
                        .countDocuments(new Document("_id", new ObjectId(orphan.fileId()))))
                .isZero();
        assertThat(api.get(content(version), office()).status()).isEqualTo(200);
    }

    private String id(String assignmentId) {
        return request(opened, assignmentId).get("id").asString();
    }

    private static String content(JsonNode version) {
        return "/api/documents/" + version.get("documentId").asString() + "/content";
    }

    private static List<String> assignments(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> assignments = new ArrayList<>();
        response.json()
                .get("items")
                .forEach(request -> assignments.add(request.get("assignmentId").asString()));
        return assignments;
    }

    private long storedFiles() {
        return mongo.getCollection("materials.files").countDocuments();
    }

    private long storedChunks() {
        return mongo.getCollection("materials.chunks").countDocuments();
    }
}
