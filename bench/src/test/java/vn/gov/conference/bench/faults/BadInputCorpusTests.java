package vn.gov.conference.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.bench.api.Api;
import vn.gov.conference.bench.api.Json;
import vn.gov.conference.bench.api.Multipart;
import vn.gov.conference.bench.api.PdfFiles;
import vn.gov.conference.bench.api.Plans;
import vn.gov.conference.bench.api.Response;
import vn.gov.conference.bench.api.Submissions;
import vn.gov.conference.bench.api.Submissions.Target;
import vn.gov.conference.bench.stack.BenchStack;
import vn.gov.conference.bench.stack.Pause;
import vn.gov.conference.localstack.ServiceDefinition;

/**
 * Bad input replayed against every operation of every service's OpenAPI document, through the gateway: malformed
 * JSON, wrong JSON types, invalid dates, huge strings, a body over the gateway's limit, forged content types (of the
 * request and of uploaded files), path-traversal file names and ids, malformed CSV, bad query parameters. Each answer
 * must be a 4xx {@code application/problem+json}, never a 5xx; afterwards the resources aimed at must read exactly as
 * before. Vietnamese text in NFD is not bad input but unnormalised input: it must be accepted and stored in NFC.
 * Part of the normal build (about a minute on a started stack) and of {@code ./bench.sh faults}.
 */
@ExtendWith(FaultStack.class)
@Order(1)
class BadInputCorpusTests {

    private static final String HUGE_MARKER = "A".repeat(32);
    private static final String HUGE = "A".repeat(900_000);
    private static final String LONE_SURROGATE = "lone-surrogate-marker";
    private static final List<String> BAD_IDS = List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e",
            "a".repeat(3000),
            URLEncoder.encode(nfd("Đồng-Tháp"), StandardCharsets.UTF_8),
            "%00",
            "'%20OR%20'1'%3D'1",
            "%7B%22%24gt%22%3A%22%22%7D");

    private enum Expect {
        CLIENT_ERROR,
        NO_SERVER_ERROR
    }

    private record Outcome(String operation, String item, Expect expect, int status, boolean problem) {

        boolean violation() {
            return status >= 500
                    || status < 0
                    || (expect == Expect.CLIENT_ERROR && (status < 400 || !problem))
                    || (status >= 400 && status < 500 && !problem);
        }

        String describe() {
            return operation + " [" + item + "] → " + (status < 0 ? "no answer" : status)
                    + (problem ? " problem+json" : " not problem+json");
        }
    }

    private BenchStack stack;
    private Api gateway;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Runnable> afterTheSnapshot = new ArrayList<>();
    private String draft;
    private String plan;
    private Target request;
    private String documentId;
    private String invitationId;

    @Test
    void everyOperationAnswersBadInputWithAProblemAndNever5xx() {
        stack = FaultStack.single();
        stack.unthrottleGateway();
        gateway = stack.gateway();
        Verdict verdict = FaultReport.run("bad-input corpus against every endpoint", this::replay);
        assertThat(verdict.passed()).as(verdict.toText()).isTrue();
    }

    private Verdict replay() {
        draft = stack.plans().create(stack.plans().light(1));
        plan = stack.plans().createApproved(stack.plans().light(1));
        request = Submissions.departmentTargets(stack.plans().awaitMaterialRequests(plan, 1, Duration.ofSeconds(60)))
                .getFirst();
        documentId = Submissions.submitPdf(gateway, request, "bao-cao.pdf", PdfFiles.random(8192, 1))
                .requireOk("A first version")
                .json()
                .get("documentId")
                .asString();
        stack.plans().awaitInvitations(plan, 2, Duration.ofSeconds(60));
        invitationId = gateway.get("/api/plans/" + plan + "/invitations", Plans.OFFICE)
                .json()
                .at("/items/0/id")
                .asString();
        Map<String, String> before = settledSnapshot();

        int operations = 0;
        for (String service : List.of("plan", "agenda", "notification", "documents")) {
            JsonNode openApi = openApi(service);
            JsonNode schemas = openApi.path("components").path("schemas");
            for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
                if (path.getKey().startsWith("/asyncapi")) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    operations++;
                    replay(op.getKey().toUpperCase(), path.getKey(), op.getValue(), schemas);
                }
            }
        }
        gatewayLimits();
        Map<String, String> after = snapshot();
        afterTheSnapshot.forEach(Runnable::run);

        List<String> evidence = new ArrayList<>();
        long clientErrors = outcomes.stream()
                .filter(o -> o.status() >= 400 && o.status() < 500)
                .count();
        long problems = outcomes.stream()
                .filter(o -> o.status() >= 400 && o.status() < 500 && o.problem())
                .count();
        long tolerated = outcomes.stream()
                .filter(o -> o.status() >= 200 && o.status() < 300)
                .count();
        long serverErrors = outcomes.stream().filter(o -> o.status() >= 500).count();
        List<Outcome> violations = outcomes.stream().filter(Outcome::violation).toList();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        evidence.add(outcomes.size() + " requests against " + operations + " operations of the four services' OpenAPI"
                + " documents, through the gateway; answers by status: " + byStatus);
        evidence.add(clientErrors + " answered 4xx, " + problems + " of them as application/problem+json; "
                + serverErrors + " answered 5xx; " + tolerated + " answered 2xx (allowed only for odd but valid text in"
                + " free-text query parameters, and an empty list under an id no plan has)");
        if (!violations.isEmpty()) {
            evidence.add(violations.size() + " violations, e.g.: "
                    + String.join(
                            "; ",
                            violations.stream().limit(12).map(Outcome::describe).toList()));
        }
        List<String> changed = new ArrayList<>();
        before.forEach((what, json) -> {
            if (!json.equals(after.get(what))) {
                changed.add(what + " (" + difference(json, after.get(what)) + ")");
            }
        });
        boolean garbage = after.values().stream()
                .anyMatch(json -> json.contains(HUGE_MARKER) || json.contains("passwd") || json.contains("<script>"));
        evidence.add(
                changed.isEmpty() && !garbage
                        ? "nothing stored: the " + before.size() + " resources aimed at read exactly as before"
                        : "STORED: changed " + changed + (garbage ? "; corpus text found in stored resources" : ""));
        List<String> normalisation = unnormalisedButValid();
        evidence.addAll(normalisation);
        boolean passed = violations.isEmpty()
                && changed.isEmpty()
                && !garbage
                && normalisation.stream().noneMatch(line -> line.contains("NOT"));
        return new Verdict("bad-input corpus against every endpoint", passed, evidence);
    }

    private void replay(String method, String template, JsonNode operation, JsonNode schemas) {
        JsonNode content = operation.path("requestBody").path("content");
        boolean bodyRequired = operation.path("requestBody").path("required").asBoolean(false);
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (!"caller".equals(p.get("name").asString())) {
                parameters.add(p);
            }
        });
        String label = method + " " + template;
        String client = client(method, template);

        if (content.has("application/json") || content.has("application/merge-patch+json")) {
            JsonNode schema = resolve(
                    content.has("application/json")
                            ? content.get("application/json").get("schema")
                            : content.get("application/merge-patch+json").get("schema"),
                    schemas);
            if (method.equals("PATCH") && template.equals("/api/plans/{id}")) {
                // Documented as a bare JsonNode (a merge patch); what it patches is the creation form.
                schema = schemas.path("PlanRequest");
            }
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("truncated JSON", "{\"reason\": \"Hủy vì");
            bodies.put("not JSON", "Kế hoạch 276/KH-UBND ngày 18/7/2024");
            bodies.put("JSON array", "[1, 2, 3]");
            bodies.put("JSON string", "\"chuỗi\"");
            if (bodyRequired) {
                bodies.put("empty body", "");
            }
            wrongTypes(schema, schemas).ifPresent(b -> bodies.put("wrong types", b));
            invalidDates(schema, schemas).ifPresent(b -> bodies.put("invalid dates", b));
            hugeString(schema, schemas).ifPresent(b -> bodies.put("huge string (900,000 characters)", b));
            bodies.forEach((item, body) -> send(
                    label,
                    item,
                    Expect.CLIENT_ERROR,
                    withBody(method, path(method, template), client, "application/json", body)));
            // Unsafe text in the first string field: refused where the field is free text, never a 5xx.
            Map<String, String> unsafe = new LinkedHashMap<>();
            unsafe.put("NUL in text", "Hội nghị\u0000");
            unsafe.put("CR/LF in text", "Hội nghị\r\nBcc: x@example.vn");
            unsafe.put("bidi override in text", "Báo cáo\u202Efdp.exe");
            // JSON writers refuse a lone surrogate: the escape goes into the written text instead.
            unsafe.put("lone surrogate in text", LONE_SURROGATE);
            for (Map.Entry<String, String> text : unsafe.entrySet()) {
                java.util.Optional<String> body = stringBody(schema, schemas, text.getValue());
                if (body.isPresent()) {
                    // Valid but for the odd text, so it may be accepted and stored (a returned submission with a
                    // comment): sent after the resources have been read again.
                    HttpRequest request = withBody(
                            method,
                            path(method, template),
                            client,
                            "application/json",
                            body.get().replace(LONE_SURROGATE, "Hội nghị \\ud800"));
                    String item = text.getKey();
                    afterTheSnapshot.add(() -> send(label, item, Expect.NO_SERVER_ERROR, request));
                }
            }
            send(
                    label,
                    "forged Content-Type application/xml",
                    Expect.CLIENT_ERROR,
                    withBody(
                            method,
                            path(method, template),
                            client,
                            "application/xml",
                            "<plan><title>x</title></plan>"));
        }
        if (content.has("text/csv")) {
            Map<String, String> csv = new LinkedHashMap<>();
            csv.put("unbalanced quote", "name,email\n\"Nguyễn Văn An,an@example.vn\n");
            csv.put("wrong type of seats", "unitCode,seats\nDT-SNV,nhiều\n");
            csv.put("invalid email", "name,email,code,province\nNguyễn Văn An,không-phải-email,DT-SNV,dong-thap\n");
            csv.put(
                    "another province, invalid email",
                    "code,name,province,email\nDT-SNV,Sở Nội vụ,tien-giang,không-hợp-lệ\n");
            csv.put("huge cell", "name,email,code,province\n" + HUGE + ",huge@example.vn,,\n");
            csv.put("binary garbage", new String(randomBytes(4096, 3), StandardCharsets.ISO_8859_1));
            csv.put(
                    "UTF-16 without byte order mark",
                    new String(
                            "name,email\nNguyễn Văn An,an@example.vn\n".getBytes(StandardCharsets.UTF_16LE),
                            StandardCharsets.ISO_8859_1));
            csv.forEach((item, body) -> send(
                    label,
                    item,
                    Expect.CLIENT_ERROR,
                    withBody(method, path(method, template), client, "text/csv; charset=UTF-8", body)));
            send(
                    label,
                    "CSV sent as application/json",
                    Expect.CLIENT_ERROR,
                    withBody(
                            method,
                            path(method, template),
                            client,
                            "application/json",
                            "name,email\nNguyễn Văn An,an@example.vn\n"));
        }
        if (content.has("multipart/form-data")) {
            uploads(label, path(method, template), client);
        }
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            String in = parameter.get("in").asString();
            if ("path".equals(in)) {
                for (String bad : BAD_IDS) {
                    String path = template.replace("{" + name + "}", bad);
                    send(
                            label,
                            "path " + name + "=" + abbreviate(bad),
                            Expect.CLIENT_ERROR,
                            content.isEmpty()
                                    ? withBody(method, resolvePath(method, path), client, null, null)
                                    : withBody(method, resolvePath(method, path), client, "application/json", "{}"));
                }
            } else if ("query".equals(in) && method.equals("GET")) {
                String type = typeOf(parameter.path("schema"), "string");
                String format = parameter.path("schema").path("format").asString("");
                Map<String, Expect> values = new LinkedHashMap<>();
                switch (type) {
                    case "integer", "number" -> {
                        values.put("abc", Expect.CLIENT_ERROR);
                        values.put("1e99", Expect.CLIENT_ERROR);
                        values.put("-1", Expect.NO_SERVER_ERROR);
                        // Paging at its edges: nothing, a page past any end, more than an int holds, a fraction.
                        values.put("0", Expect.NO_SERVER_ERROR);
                        values.put("", Expect.NO_SERVER_ERROR);
                        values.put("1000000", Expect.NO_SERVER_ERROR);
                        values.put("2147483647", Expect.NO_SERVER_ERROR);
                        values.put("2147483648", Expect.NO_SERVER_ERROR);
                        values.put("-2147483649", Expect.NO_SERVER_ERROR);
                        if (type.equals("integer")) {
                            values.put("1.5", Expect.CLIENT_ERROR);
                        }
                    }
                    case "boolean" -> values.put("có", Expect.CLIENT_ERROR);
                    default -> {
                        if (format.equals("date")) {
                            values.put("2024-02-30", Expect.CLIENT_ERROR);
                            values.put("31/12/2024", Expect.CLIENT_ERROR);
                        } else {
                            values.put("x".repeat(2000), Expect.NO_SERVER_ERROR);
                            values.put("<script>alert(1)</script>", Expect.NO_SERVER_ERROR);
                            values.put(nfd("Đồng Tháp"), Expect.NO_SERVER_ERROR);
                        }
                    }
                }
                values.forEach((value, expect) -> send(
                        label,
                        "query " + name + "=" + abbreviate(value),
                        expect,
                        withBody(
                                method,
                                path(method, template) + "?" + name + "="
                                        + URLEncoder.encode(value, StandardCharsets.UTF_8),
                                client,
                                null,
                                null)));
                send(
                        label,
                        "query " + name + " given twice",
                        Expect.NO_SERVER_ERROR,
                        withBody(
                                method, path(method, template) + "?" + name + "=1&" + name + "=2", client, null, null));
            }
        }
        List<String> names = parameters.stream()
                .filter(p -> "query".equals(p.get("in").asString()))
                .map(p -> p.get("name").asString())
                .toList();
        if (method.equals("GET") && names.contains("page") && names.contains("size")) {
            // page × size is the offset: their largest values together must not overflow into a 5xx.
            send(
                    label,
                    "page and size both 2147483647",
                    Expect.NO_SERVER_ERROR,
                    withBody(method, path(method, template) + "?page=2147483647&size=2147483647", client, null, null));
            send(
                    label,
                    "page 2147483647 of 100",
                    Expect.NO_SERVER_ERROR,
                    withBody(method, path(method, template) + "?page=2147483647&size=100", client, null, null));
        }
        if (!content.isEmpty() && !content.has("multipart/form-data")) {
            String type = content.has("text/csv")
                    ? "text/csv; charset=UTF-8"
                    : content.has("application/json")
                            ? "application/json"
                            : content.properties().iterator().next().getKey();
            send(
                    label,
                    "1.5 MB body (over the gateway's 1 MB)",
                    Expect.CLIENT_ERROR,
                    withBody(method, path(method, template), client, type, overLimit(type, 1_500_000)));
        }
    }

    /** A body of about {@code size} bytes of the media type's own kind, valid but for its size. */
    private static String overLimit(String contentType, int size) {
        if (contentType.startsWith("text/csv")) {
            return "name,email\n" + "Nguyễn Văn An,an@example.vn\n".repeat(size / 30);
        }
        return "{\"title\": \"" + "B".repeat(size) + "\"}";
    }

    /** Forged and hostile files against the upload endpoint. */
    private void uploads(String label, String path, String client) {
        Map<String, Multipart> files = new LinkedHashMap<>();
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        files.put("ZIP declared as PDF", Multipart.file("file", "bao-cao.pdf", "application/pdf", pad(zip)));
        files.put(
                "HTML declared as PDF",
                Multipart.file(
                        "file",
                        "bao-cao.pdf",
                        "application/pdf",
                        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        files.put(
                "Windows executable, traversal name",
                Multipart.file("file", "..\\..\\..\\windows\\system32\\bao-cao.pdf", "application/pdf", pad(new byte[] {
                    'M', 'Z', (byte) 0x90, 0
                })));
        files.put(
                "shell text, traversal name",
                Multipart.file(
                        "file",
                        "../../../../etc/passwd",
                        "text/plain",
                        "root:x:0:0:root:/root:/bin/bash\n".getBytes(StandardCharsets.UTF_8)));
        files.put(
                "PDF named .docx",
                Multipart.file(
                        "file",
                        "bao-cao.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        PdfFiles.random(2048, 4)));
        files.put("empty file", Multipart.file("file", "rong.pdf", "application/pdf", new byte[0]));
        files.put(
                "no file part",
                Multipart.file(
                        "ghi-chu", "ghi-chu.txt", "text/plain", "Không có tệp".getBytes(StandardCharsets.UTF_8)));
        files.forEach((item, multipart) -> send(
                label,
                item,
                Expect.CLIENT_ERROR,
                gateway.request(path, client)
                        .header("Content-Type", multipart.contentType())
                        .POST(multipart.publisher())
                        .build()));
        Multipart broken = Multipart.file("file", "bao-cao.pdf", "application/pdf", PdfFiles.random(2048, 5));
        send(
                label,
                "boundary that never appears",
                Expect.CLIENT_ERROR,
                gateway.request(path, client)
                        .header("Content-Type", "multipart/form-data; boundary=khong-co")
                        .POST(broken.publisher())
                        .build());
        send(
                label,
                "JSON sent to the upload",
                Expect.CLIENT_ERROR,
                withBody("POST", path, client, "application/json", "{\"file\": \"bao-cao.pdf\"}"));
        // The limit is 50MB as Spring reads it: 52,428,800 bytes.
        Multipart huge = Multipart.file("file", "bao-cao-lon.pdf", "application/pdf", PdfFiles.random(53_000_000, 6));
        send(
                label,
                "53,000,000-byte PDF (over the 50 MB upload limit)",
                Expect.CLIENT_ERROR,
                gateway.request(path, client)
                        .header("Content-Type", huge.contentType())
                        .POST(huge.publisher())
                        .build());
    }

    /** Over the gateway's 1 MB body limit, and a request with a Content-Type no endpoint takes. */
    private void gatewayLimits() {
        String body = "{\"title\": \"" + "B".repeat(2_000_000) + "\"}";
        send(
                "POST /api/plans",
                "2 MB body (over the gateway's 1 MB)",
                Expect.CLIENT_ERROR,
                withBody("POST", "/api/plans", Plans.OFFICE, "application/json", body));
        // Without a Content-Length the limit can only be found while reading: it must still be a 413, not a 5xx.
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        send(
                "POST /api/plans",
                "2 MB chunked body, no Content-Length",
                Expect.CLIENT_ERROR,
                gateway.request("/api/plans", Plans.OFFICE)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                        .build());
        // Each service keeps its own limit for callers that do not come through the gateway.
        Api plans = stack.direct(ServiceDefinition.PLAN);
        send(
                "POST /api/plans (plan-service directly)",
                "2 MB body (over the service's 1 MB)",
                Expect.CLIENT_ERROR,
                plans.request("/api/plans", Plans.OFFICE)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    /**
     * Valid input in Vietnamese NFD (decomposed diacritics), and a valid PDF with a traversal file name: accepted,
     * stored in NFC and under a name without its directories.
     */
    private List<String> unnormalisedButValid() {
        List<String> lines = new ArrayList<>();
        ObjectNode body = stack.plans().light(1);
        String title = "Hội nghị đánh giá Chỉ số PAR tỉnh Đồng Tháp (NFD)";
        body.put("title", nfd(title));
        Response created = gateway.postJson("/api/plans", Plans.OFFICE, Json.write(body));
        String storedTitle = created.ok() ? created.json().get("title").asString() : null;
        lines.add(
                created.ok() && title.equals(storedTitle)
                        ? "a plan created with an NFD title (201) stores it in NFC"
                        : "a plan created with an NFD title: NOT stored in NFC (" + created.describe() + ")");
        Response search = gateway.get(
                "/api/plans?province=" + Plans.PROVINCE + "&q="
                        + URLEncoder.encode(nfd("đánh giá chỉ số par"), StandardCharsets.UTF_8),
                Plans.OFFICE);
        boolean found = created.ok()
                && search.ok()
                && search.text().contains(created.json().get("id").asString());
        lines.add(
                found
                        ? "a search written in NFD finds it"
                        : "a search written in NFD does NOT find it (" + search.status() + ")");
        String name = "Nguyễn Thị Hương";
        Response invited = gateway.postJson(
                "/api/plans/" + plan + "/invitations",
                Plans.OFFICE,
                "{\"invitees\": [{\"name\": \"" + nfd(name) + "\", \"email\": \"nfd@bench.example\"}]}");
        boolean nfc =
                invited.ok() && invited.text().contains(name) && !invited.text().contains(nfd(name));
        lines.add(
                nfc
                        ? "an invitee named in NFD is stored in NFC"
                        : "an invitee named in NFD: NOT stored in NFC (" + invited.describe() + ")");
        Response upload = Submissions.submitPdf(gateway, request, nfd("Báo cáo chỉ số.pdf"), PdfFiles.random(4096, 8));
        String fileName = upload.ok() ? upload.json().get("fileName").asString() : null;
        lines.add(
                "Báo cáo chỉ số.pdf".equals(fileName)
                        ? "a file named in NFD is stored as \"" + fileName + "\" (NFC)"
                        : "a file named in NFD: NOT stored in NFC (" + upload.describe() + ")");
        Response traversal =
                Submissions.submitPdf(gateway, request, "../../../etc/bao-cao.pdf", PdfFiles.random(4096, 9));
        String safe = traversal.ok() ? traversal.json().get("fileName").asString() : null;
        boolean sanitised = traversal.status() >= 400 && traversal.status() < 500 && traversal.isProblem()
                || safe != null && !safe.contains("/") && !safe.contains("\\") && !safe.startsWith(".");
        lines.add(
                sanitised
                        ? "a valid PDF named \"../../../etc/bao-cao.pdf\" is stored as \"" + safe + "\""
                        : "a valid PDF with a traversal name: NOT made safe (" + traversal.describe() + ")");
        return lines;
    }

    /**
     * The resources once events still under way have been applied (the approval's consequences reach documents- and
     * notification-service a moment later; on a busy machine, many seconds later): two snapshots 3 s apart agree.
     */
    private Map<String, String> settledSnapshot() {
        Map<String, String> last = snapshot();
        for (int attempt = 0; attempt < 30; attempt++) {
            Pause.millis(3000);
            Map<String, String> next = snapshot();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** Where two texts first differ, with a little of each, for the evidence. */
    private static String difference(String before, String after) {
        if (after == null) {
            return "gone";
        }
        int at = 0;
        while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 40);
        return "before …" + before.substring(from, Math.min(before.length(), at + 60)) + "… after …"
                + after.substring(from, Math.min(after.length(), at + 60)) + "…";
    }

    private Map<String, String> snapshot() {
        Map<String, String> state = new LinkedHashMap<>();
        String year = String.valueOf(Year.now().getValue());
        state.put(
                "plans of the province",
                String.valueOf(gateway.get("/api/plans?province=" + Plans.PROVINCE + "&size=1", Plans.OFFICE)
                        .json()
                        .get("total")
                        .asInt()));
        state.put("draft plan", gateway.get("/api/plans/" + draft, Plans.OFFICE).text());
        state.put(
                "approved plan", gateway.get("/api/plans/" + plan, Plans.OFFICE).text());
        state.put(
                "agenda",
                gateway.get("/api/plans/" + plan + "/agenda", Plans.OFFICE).text());
        state.put(
                "invitations",
                gateway.get("/api/plans/" + plan + "/invitations", Plans.OFFICE).text());
        state.put(
                "material request",
                gateway.get("/api/material-requests/" + request.requestId(), Plans.OFFICE)
                        .text());
        state.put(
                "document versions",
                gateway.get("/api/documents/" + documentId + "/versions", Plans.OFFICE)
                        .text());
        state.put(
                "unit directory",
                gateway.get("/api/directory?size=100", Plans.OFFICE).text());
        state.put(
                "register",
                gateway.get("/api/registers/DT-UBND/" + year, Plans.OFFICE).text());
        state.put(
                "publications",
                gateway.get("/api/plans/" + plan + "/portal", Plans.OFFICE).text());
        return state;
    }

    private void send(String operation, String item, Expect expect, HttpRequest request) {
        Outcome outcome;
        try {
            Response response = gateway.send(request);
            boolean nothingFound = request.method().equals("GET")
                    && item.startsWith("path ")
                    && response.status() == 200
                    && emptyList(response);
            // A list under an id the service has never heard of is an empty list, not an error: documents-service
            // cannot tell a plan that does not exist from one that is not approved yet.
            outcome = new Outcome(
                    operation,
                    item,
                    nothingFound ? Expect.NO_SERVER_ERROR : expect,
                    response.status(),
                    response.isProblem());
        } catch (RuntimeException e) {
            outcome = new Outcome(operation, item, expect, -1, false);
        }
        outcomes.add(outcome);
        if (outcome.violation()) {
            System.out.println("  violation: " + outcome.describe());
        }
    }

    /** An empty list: {@code []}, or a page with no items. */
    private static boolean emptyList(Response response) {
        String text = response.text().strip();
        if (text.equals("[]")) {
            return true;
        }
        try {
            JsonNode items = response.json().get("items");
            return items != null && items.isArray() && items.isEmpty();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private HttpRequest withBody(String method, String path, String client, String contentType, String body) {
        HttpRequest.Builder builder = gateway.request(path, client);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (method.equals("PATCH")) {
            builder.header("If-Match", "\"0\"");
        }
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return builder.method(method, publisher).build();
    }

    /** The template with every parameter replaced by the resource the corpus aims at. */
    private String path(String method, String template) {
        return resolvePath(method, template);
    }

    private String resolvePath(String method, String template) {
        String path = template;
        if (path.startsWith("/api/plans/{id}")) {
            path = path.replace("{id}", method.equals("PATCH") ? draft : plan);
        }
        if (path.startsWith("/api/material-requests/{id}")) {
            path = path.replace("{id}", request.requestId());
        }
        if (path.startsWith("/api/documents/{id}")) {
            path = path.replace("{id}", documentId);
        }
        if (path.startsWith("/api/invitations/{id}")) {
            path = path.replace("{id}", invitationId);
        }
        if (path.startsWith("/api/reference/indices/{code}")) {
            path = path.replace("{code}", "PAR");
        }
        return path.replace("{planId}", plan)
                .replace("{documentId}", documentId)
                .replace("{unitCode}", "DT-SNV")
                .replace("{code}", "DT-SNV")
                .replace("{issuer}", "DT-UBND")
                .replace("{year}", String.valueOf(Year.now().getValue()));
    }

    private static String client(String method, String template) {
        if (template.startsWith("/api/plans/{id}/")
                && List.of("approve", "schedule", "amend", "return")
                        .contains(template.substring(template.lastIndexOf('/') + 1))) {
            return Plans.APPROVER;
        }
        if (template.endsWith("/submissions")) {
            return "dt-snv";
        }
        return Plans.OFFICE;
    }

    private JsonNode openApi(String service) {
        for (int attempt = 1; ; attempt++) {
            Response response = gateway.get("/v3/api-docs/" + service + "-service", null);
            if (response.ok()) {
                return response.json();
            }
            if (attempt == 5) {
                throw new IllegalStateException("No OpenAPI document for " + service + ": " + response.describe());
            }
            Pause.millis(3000);
        }
    }

    /** The schema's type; a nullable one ({@code "type": ["string", "null"]}) by its other type. */
    private static String typeOf(JsonNode schema, String absent) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
            return absent;
        }
        return type.asString(absent);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        if (schema != null && schema.has("anyOf")) {
            // A nullable reference: {"anyOf": [{"$ref": …}, {"type": "null"}]}.
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asString(""))) {
                    return resolve(option, schemas);
                }
            }
        }
        if (schema != null && schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** Every property given a value of a type it cannot take (objects for strings, words for numbers, ...). */
    private static java.util.Optional<String> wrongTypes(JsonNode schema, JsonNode schemas) {
        ObjectNode body = Json.object();
        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            JsonNode type = resolve(property.getValue(), schemas);
            switch (typeOf(type, "object")) {
                case "string" -> body.putObject(property.getKey()).put("giá trị", 1);
                case "integer", "number" -> body.put(property.getKey(), "không phải số");
                case "boolean" -> body.put(property.getKey(), "có lẽ");
                case "array" -> body.put(property.getKey(), "không phải danh sách");
                default -> body.put(property.getKey(), 12345);
            }
        }
        return body.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Json.write(body));
    }

    private static java.util.Optional<String> invalidDates(JsonNode schema, JsonNode schemas) {
        ObjectNode body = Json.object();
        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            String format = resolve(property.getValue(), schemas).path("format").asString("");
            if (format.equals("date")) {
                body.put(property.getKey(), "2024-02-30");
            } else if (format.equals("date-time")) {
                body.put(property.getKey(), "2024-13-45T25:61:00+07:00");
            }
        }
        return body.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Json.write(body));
    }

    /**
     * The first string property 900,000 characters long (the body stays under the gateway's 1 MB), looking into a
     * list of objects when the body has no string of its own ({"invitees": [{"name": "AAAA…"}]}).
     */
    private static java.util.Optional<String> hugeString(JsonNode schema, JsonNode schemas) {
        return stringBody(schema, schemas, HUGE);
    }

    /** The first string property (as {@link #hugeString} finds it) set to {@code value}; JSON escapes what it must. */
    private static java.util.Optional<String> stringBody(JsonNode schema, JsonNode schemas, String value) {
        return hugeObject(schema, schemas, 0, value).map(Json::write);
    }

    private static java.util.Optional<ObjectNode> hugeObject(
            JsonNode schema, JsonNode schemas, int depth, String value) {
        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            JsonNode type = resolve(property.getValue(), schemas);
            if ("string".equals(typeOf(type, "")) && !type.has("format") && !type.has("enum")) {
                ObjectNode body = Json.object();
                body.put(property.getKey(), value);
                return java.util.Optional.of(body);
            }
        }
        if (depth > 0) {
            return java.util.Optional.empty();
        }
        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            JsonNode type = resolve(property.getValue(), schemas);
            if ("array".equals(typeOf(type, ""))) {
                java.util.Optional<ObjectNode> item =
                        hugeObject(resolve(type.path("items"), schemas), schemas, 1, value);
                if (item.isPresent()) {
                    ObjectNode body = Json.object();
                    body.putArray(property.getKey()).add(item.get());
                    return java.util.Optional.of(body);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        if (schema != null && schema.has("properties")) {
            Iterator<Map.Entry<String, JsonNode>> it =
                    schema.get("properties").properties().iterator();
            it.forEachRemaining(list::add);
        }
        return list;
    }

    private static byte[] pad(byte[] head) {
        byte[] bytes = randomBytes(2048, head.length);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }
}
