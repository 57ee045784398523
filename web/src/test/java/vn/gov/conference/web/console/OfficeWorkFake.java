package vn.gov.conference.web.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The office's invitations (notification-service) and material reviews and portal (documents-service) as
 * {@link ConsoleFake} answers them for Tiền Giang's plan, in the services' shapes: the invitation list (a plain array,
 * {@code status} and accent-free {@code q}), the CSV import (encoding detected from the bytes as the API does, all lines
 * or none), reminders (only those awaiting an answer), accept and return (only a submitted version, a comment
 * required), the portal and publishing (only accepted documents), the signed original of an approved plan (the office
 * of its province attaches a PDF, a later one replacing it; its readers download it) and the staff accounts the office
 * manages (gateway's {@code /api/users}: its province's offices and departments, a new one invited by mail, a link
 * sent again, to activate or to choose a new password, never to a disabled account, an account disabled). The material requests list is paged
 * ({@code items}, {@code page}, {@code size}, {@code total}), as another part of the API may become.
 */
public final class OfficeWorkFake implements ConsoleFake.Extension {

    private static final Pattern INVITATIONS = Pattern.compile(
            "^/api/plans/([^/]+)/(invitations|invitations/import|reminders|material-requests|portal|publications)$");
    private static final Pattern REVIEW = Pattern.compile("^/api/material-requests/([^/]+)/(accept|return)$");
    private static final Pattern CONTENT = Pattern.compile("^/api/documents/doc-([^/]+)/content$");
    private static final Pattern SIGNED = Pattern.compile("^/api/plans/([^/]+)/signed-original(/content)?$");
    private static final Pattern USER = Pattern.compile("^/api/users(?:/([^/]+)(/activation-link)?)?$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Map<String, Object>> invitations = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> published = new CopyOnWriteArrayList<>();
    /** The bodies of the imports, as the API received them, and their content types. */
    private final List<byte[]> imports = new CopyOnWriteArrayList<>();

    private final List<String> importTypes = new CopyOnWriteArrayList<>();
    private final List<String> reminded = new CopyOnWriteArrayList<>();
    /** "key|invitationId" of every reminder queued under an Idempotency-Key. */
    private final java.util.Set<String> remindedUnderKey = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The signed original attached to each plan: its view, and its bytes under "bytes". */
    private final Map<String, Map<String, Object>> signed = new java.util.concurrent.ConcurrentHashMap<>();

    /** The accounts, by id, in the order they were made; and the addresses an activation letter went to. */
    private final Map<String, Map<String, Object>> users = new LinkedHashMap<>();

    private final List<String> activationLetters = new CopyOnWriteArrayList<>();

    private ConsoleFake fake;

    public List<byte[]> imports() {
        return imports;
    }

    public List<String> importTypes() {
        return importTypes;
    }

    /** The invitation ids the API queued a reminder for. */
    public List<String> reminded() {
        return reminded;
    }

    /** The addresses the API mailed an activation link to. */
    public List<String> activationLetters() {
        return activationLetters;
    }

    public Map<String, Object> user(String id) {
        return users.get(id);
    }

    public List<Map<String, Object>> published() {
        return published;
    }

    public List<Map<String, Object>> invitations() {
        return invitations;
    }

    @Override
    public synchronized void reset(ConsoleFake fake) {
        this.fake = fake;
        invitations.clear();
        published.clear();
        signed.clear();
        users.clear();
        activationLetters.clear();
        user("u-1", "Nguyễn Thị Lan", "tg-vanphong@tiengiang.gov.vn", "OFFICE", "TG-VPUBND", "ACTIVE");
        user("u-2", "Lê Minh Tâm", "tg-sonoivu@tiengiang.gov.vn", "DEPARTMENT", "TG-SNV", "ACTIVE");
        user("u-3", "Phạm Văn Hùng", "hung.pv@skhdt.tiengiang.gov.vn", "DEPARTMENT", "TG-SKHDT", "INVITED");
        imports.clear();
        importTypes.clear();
        reminded.clear();
        remindedUnderKey.clear();
        invitations.add(invitation(
                "inv-an",
                "Nguyễn Văn An",
                "Giám đốc",
                "TG-SNV",
                "Sở Nội vụ",
                null,
                "an.nv@snv.tiengiang.gov.vn",
                1,
                "AWAITING_ANSWER",
                null));
        invitations.add(invitation(
                "inv-binh",
                "Trần Thị Bình",
                "Phó Giám đốc",
                "TG-SKHDT",
                "Sở Kế hoạch và Đầu tư",
                null,
                "binh.tt@skhdt.tiengiang.gov.vn",
                1,
                "ACCEPTED",
                null));
        invitations.add(invitation(
                "inv-huyen",
                "Đặng Thu Huyền",
                "Chuyên gia",
                null,
                null,
                "UNDP Việt Nam",
                "huyen.dt@undp.example",
                1,
                "DECLINED",
                "Trùng lịch công tác nước ngoài."));
        invitations.add(invitation(
                "inv-mytho",
                null,
                null,
                "TG-MYTHO",
                "UBND thành phố Mỹ Tho",
                null,
                "ubnd@mytho.tiengiang.gov.vn",
                5,
                "AWAITING_ANSWER",
                null));
        Map<String, Object> review = version(1, "Báo cáo tóm tắt SIPAS 2023.pdf", null);
        fake.requests()
                .put(
                        "req-tom-tat",
                        request(
                                "req-tom-tat",
                                "Báo cáo tóm tắt kết quả SIPAS năm 2023",
                                "TG-SKHDT",
                                "Sở Kế hoạch và Đầu tư",
                                "SUBMITTED",
                                "ON_TIME",
                                "2024-08-01T17:00:00+07:00",
                                review));
        fake.versions().put("req-tom-tat", new ArrayList<>(List.of(review)));
        Map<String, Object> accepted = version(
                2,
                "Tham luận Sở TT&TT.docx",
                Map.of(
                        "verdict",
                        "ACCEPTED",
                        "reviewer",
                        "tg-vanphong@tiengiang.gov.vn",
                        "at",
                        "2024-07-30T10:00:00+07:00"));
        fake.requests()
                .put(
                        "req-tham-luan",
                        request(
                                "req-tham-luan",
                                "Tham luận về chuyển đổi số",
                                "TG-STTTT",
                                "Sở Thông tin và Truyền thông",
                                "ACCEPTED",
                                "ON_TIME",
                                "2024-07-31T17:00:00+07:00",
                                accepted));
        fake.versions().put("req-tham-luan", new ArrayList<>(List.of(accepted)));
    }

    @Override
    public synchronized boolean handle(
            HttpExchange exchange, String method, String path, Map<String, String> query, ConsoleFake.Person caller)
            throws IOException {
        Matcher user = USER.matcher(path);
        if (user.matches()) {
            users(exchange, method, user.group(1), user.group(2) != null, query, caller);
            return true;
        }
        Matcher original = SIGNED.matcher(path);
        if (original.matches()) {
            signedOriginal(exchange, method, original.group(1), original.group(2) != null, caller);
            return true;
        }
        Matcher review = REVIEW.matcher(path);
        if (review.matches()) {
            review(exchange, review.group(1), review.group(2), caller);
            return true;
        }
        Matcher content = CONTENT.matcher(path);
        if (content.matches()) {
            content(exchange, content.group(1), query.get("version"), caller);
            return true;
        }
        Matcher matcher = INVITATIONS.matcher(path);
        if (!matcher.matches()) {
            return false;
        }
        if (!ConsoleFake.TG_PLAN.equals(matcher.group(1)) || !"tien-giang".equals(caller.province())) {
            problem(exchange, 404, "not-found", "No plan " + matcher.group(1) + ".", List.of());
            return true;
        }
        switch (matcher.group(2)) {
            case "invitations" -> list(exchange, query);
            case "invitations/import" -> importCsv(exchange, caller);
            case "reminders" -> remind(exchange, caller);
            case "material-requests" ->
                send(
                        exchange,
                        200,
                        Map.of(
                                "items",
                                requestsOfPlan(),
                                "page",
                                0,
                                "size",
                                50,
                                "total",
                                requestsOfPlan().size()));
            case "portal" -> send(exchange, 200, portal());
            default -> publish(exchange, caller);
        }
        return true;
    }

    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        String q = query.get("q") == null ? null : fold(query.get("q"));
        List<Map<String, Object>> found = invitations.stream()
                .filter(i -> query.get("status") == null || query.get("status").equals(i.get("status")))
                .filter(i -> q == null
                        || fold(String.valueOf(((Map<?, ?>) i.get("invitee")).get("name")) + " "
                                        + ((Map<?, ?>) i.get("invitee")).get("email") + " "
                                        + ((Map<?, ?>) i.get("invitee")).get("unitName"))
                                .contains(q))
                .toList();
        // One page, as notification-service answers (page from 0, size 1-100).
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        List<Map<String, Object>> items =
                found.stream().skip((long) page * size).limit(size).toList();
        send(exchange, 200, Map.of("items", items, "page", page, "size", size, "total", found.size()));
    }

    /** As notification-service's CsvBodies and InviteeCsv, cut down: BOM, UTF-8, else Windows-1258; name + email. */
    private void importCsv(HttpExchange exchange, ConsoleFake.Person caller) throws IOException {
        if (!"OFFICE".equals(caller.role())) {
            problem(exchange, 403, "forbidden", "Only the province's office invites.", List.of());
            return;
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        imports.add(body);
        importTypes.add(type);
        String text;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                text = Charset.forName("windows-1258")
                        .decode(ByteBuffer.wrap(body))
                        .toString();
            }
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        String[] lines = text.split("\r?\n");
        List<String> header = cells(lines[0]).stream().map(OfficeWorkFake::fold).toList();
        int name = header.indexOf("ho ten");
        int email = header.indexOf("email");
        int unit = header.indexOf("ten don vi");
        if (name < 0 || email < 0) {
            problem(
                    exchange,
                    400,
                    "invalid-csv",
                    "Tệp CSV có 1 lỗi; không dòng nào được nhập.",
                    List.of(Map.of(
                            "field",
                            "line 1.name",
                            "rule",
                            "invalid-csv-line",
                            "message",
                            "Cần cột name (họ tên) hoặc unitCode (mã đơn vị).")));
            return;
        }
        List<Map<String, String>> errors = new ArrayList<>();
        List<Map<String, Object>> issued = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = cells(lines[i]).toArray(String[]::new);
            if (lines[i].isBlank() || cells.length <= Math.max(name, email) || cells[name].isBlank()) {
                continue;
            }
            if (!EMAIL.matcher(cells[email].strip()).matches()) {
                errors.add(Map.of(
                        "field",
                        "line " + (i + 1) + ".email",
                        "rule",
                        "invalid-csv-line",
                        "message",
                        "Địa chỉ email không hợp lệ."));
                continue;
            }
            issued.add(invitation(
                    "inv-" + (invitations.size() + issued.size() + 1),
                    cells[name].strip(),
                    null,
                    null,
                    unit >= 0 && unit < cells.length && !cells[unit].isBlank() ? cells[unit].strip() : null,
                    null,
                    cells[email].strip().toLowerCase(Locale.ROOT),
                    1,
                    "AWAITING_ANSWER",
                    null));
        }
        if (!errors.isEmpty()) {
            problem(
                    exchange,
                    400,
                    "invalid-csv",
                    "Tệp CSV có " + errors.size() + " lỗi; không dòng nào được nhập.",
                    errors);
            return;
        }
        invitations.addAll(issued);
        send(
                exchange,
                issued.isEmpty() ? 200 : 201,
                Map.of("issued", issued.size(), "alreadyInvited", 0, "invitations", issued));
    }

    private void remind(HttpExchange exchange, ConsoleFake.Person caller) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        List<String> queued = new ArrayList<>();
        List<Map<String, String>> skipped = new ArrayList<>();
        body.path("invitationIds").forEach(id -> {
            Map<String, Object> invitation = invitations.stream()
                    .filter(i -> i.get("id").equals(id.asString()))
                    .findFirst()
                    .orElse(null);
            if (invitation == null) {
                skipped.add(Map.of("invitationId", id.asString(), "reason", "not-found"));
            } else if (!"AWAITING_ANSWER".equals(invitation.get("status"))) {
                skipped.add(Map.of("invitationId", id.asString(), "reason", "already-answered"));
            } else if (key != null && !remindedUnderKey.add(key + "|" + id.asString())) {
                skipped.add(Map.of("invitationId", id.asString(), "reason", "already-reminded"));
            } else {
                queued.add(id.asString());
            }
        });
        reminded.addAll(queued);
        send(exchange, 202, Map.of("reminderId", "rem-1", "queued", queued, "skipped", skipped));
    }

    private void review(HttpExchange exchange, String id, String action, ConsoleFake.Person caller) throws IOException {
        Map<String, Object> request = fake.requests().get(id);
        if (request == null || !"tien-giang".equals(caller.province())) {
            problem(exchange, 404, "not-found", "Material request " + id, List.of());
            return;
        }
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        if (!"SUBMITTED".equals(request.get("status"))) {
            problem(
                    exchange,
                    409,
                    "request-" + String.valueOf(request.get("status")).toLowerCase(Locale.ROOT),
                    "The request is " + request.get("status") + "; only a submitted version can be reviewed.",
                    List.of());
            return;
        }
        if ("return".equals(action) && body.path("comment").asString("").isBlank()) {
            problem(
                    exchange,
                    400,
                    "invalid-input",
                    "Invalid request content.",
                    List.of(Map.of("field", "comment", "rule", "NotBlank", "message", "must not be blank")));
            return;
        }
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("verdict", "accept".equals(action) ? "ACCEPTED" : "RETURNED");
        if ("return".equals(action)) {
            verdict.put("comment", body.path("comment").asString());
        }
        verdict.put("reviewer", caller.email());
        verdict.put("at", "2024-07-31T09:00:00+07:00");
        List<Map<String, Object>> versions = fake.versions().get(id);
        versions.getLast().put("review", verdict);
        request.put("status", "accept".equals(action) ? "ACCEPTED" : "RETURNED");
        request.put("latest", versions.getLast());
        send(exchange, 200, request);
    }

    private void content(HttpExchange exchange, String id, String version, ConsoleFake.Person caller)
            throws IOException {
        List<Map<String, Object>> versions = fake.versions().get(id);
        if (versions == null || !"tien-giang".equals(caller.province())) {
            problem(exchange, 404, "not-found", "Document doc-" + id, List.of());
            return;
        }
        Map<String, Object> chosen = version == null ? versions.getLast() : versions.get(Integer.parseInt(version) - 1);
        byte[] bytes = ("%PDF-1.7 " + chosen.get("fileName")).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/pdf");
        exchange.getResponseHeaders()
                .add(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + java.net.URLEncoder.encode((String) chosen.get("fileName"), StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * As documents-service: a plan of another province does not exist; only the office attaches, only once the plan is
     * approved, only a PDF (recognised from its bytes); none attached is 404.
     */
    private void signedOriginal(
            HttpExchange exchange, String method, String planId, boolean content, ConsoleFake.Person caller)
            throws IOException {
        Map<String, Object> plan = fake.plan(planId);
        if (plan == null || caller.province() != null && !caller.province().equals(plan.get("province"))) {
            problem(exchange, 404, "not-found", "No plan " + planId + ".", List.of());
            return;
        }
        boolean approved = List.of("APPROVED", "SCHEDULED", "HELD", "CLOSED").contains(plan.get("status"));
        if (method.equals("POST")) {
            if (!"OFFICE".equals(caller.role())) {
                problem(exchange, 403, "forbidden", "Only the office attaches the signed original.", List.of());
                return;
            }
            if (!approved) {
                problem(exchange, 409, "not-approved", "Plan " + planId + " has no approval yet.", List.of());
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher name =
                    Pattern.compile("name=\"file\"; filename=\"([^\"]*)\"").matcher(body);
            if (!name.find()) {
                problem(exchange, 400, "invalid-input", "No part 'file'.", List.of());
                return;
            }
            int start = body.indexOf("\r\n\r\n", name.end()) + 4;
            byte[] file = body.substring(start, body.lastIndexOf("\r\n--")).getBytes(StandardCharsets.ISO_8859_1);
            if (!new String(file, StandardCharsets.ISO_8859_1).startsWith("%PDF-")) {
                problem(
                        exchange,
                        415,
                        "pdf-only",
                        "Not a PDF.",
                        List.of(Map.of(
                                "field", "file", "rule", "pdf-only", "message", "The signed original is a PDF.")));
                return;
            }
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("planId", planId);
            view.put("documentNumber", "276/KH-UBND");
            view.put("issuedOn", "2024-03-15");
            view.put(
                    "fileName",
                    new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            view.put("contentType", "application/pdf");
            view.put("size", file.length);
            view.put("sha256", sha256(file));
            view.put("attachedAt", "2024-03-16T08:05:00+07:00");
            view.put("attachedBy", caller.email());
            view.put("content", "/api/plans/" + planId + "/signed-original/content");
            signed.put(planId, new LinkedHashMap<>(Map.of("view", view, "bytes", file)));
            send(exchange, 201, view);
            return;
        }
        Map<String, Object> attached = approved ? signed.get(planId) : null;
        if (attached == null) {
            problem(exchange, 404, "not-found", "No signed original for plan " + planId + ".", List.of());
            return;
        }
        if (!content) {
            send(exchange, 200, attached.get("view"));
            return;
        }
        byte[] bytes = (byte[]) attached.get("bytes");
        String fileName = (String) ((Map<?, ?>) attached.get("view")).get("fileName");
        exchange.getResponseHeaders().add("Content-Type", "application/pdf");
        exchange.getResponseHeaders()
                .add(
                        "Content-Disposition",
                        "attachment; filename*=UTF-8''"
                                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** As the gateway: an office manages its own province's offices and departments, nobody else's. */
    private void users(
            HttpExchange exchange,
            String method,
            String id,
            boolean link,
            Map<String, String> query,
            ConsoleFake.Person caller)
            throws IOException {
        if (!"OFFICE".equals(caller.role())) {
            problem(exchange, 403, "forbidden", "Only an office manages accounts here.", List.of());
            return;
        }
        if (id == null && method.equals("GET")) {
            List<Map<String, Object>> mine = users.values().stream()
                    .filter(u -> caller.province().equals(u.get("province")))
                    .toList();
            send(exchange, 200, Map.of("items", mine, "page", 0, "size", 100, "total", mine.size()));
            return;
        }
        if (id == null && method.equals("POST")) {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            String email = body.path("email").asString("").toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                problem(
                        exchange,
                        400,
                        "invalid-input",
                        "Invalid input.",
                        List.of(Map.of(
                                "field",
                                "email",
                                "rule",
                                "email",
                                "message",
                                "'" + email + "' is not an email address.")));
                return;
            }
            if (!caller.province().equals(body.path("province").asString(""))
                    || !body.path("unit").asString("").startsWith("TG-")) {
                problem(
                        exchange,
                        400,
                        "invalid-input",
                        "Invalid input.",
                        List.of(Map.of("field", "unit", "rule", "unit-unknown", "message", "No such unit here.")));
                return;
            }
            if (users.values().stream().anyMatch(u -> email.equals(u.get("email")))) {
                problem(
                        exchange,
                        409,
                        "email-taken",
                        "There is already an account for " + email + ".",
                        List.of(Map.of(
                                "field",
                                "email",
                                "rule",
                                "email-taken",
                                "message",
                                "There is already an account for " + email + ".")));
                return;
            }
            Map<String, Object> made = user(
                    "u-" + (users.size() + 1),
                    body.path("name").asString(),
                    email,
                    body.path("role").asString(),
                    body.path("unit").asString(),
                    "INVITED");
            activationLetters.add(email);
            Map<String, Object> answer = new LinkedHashMap<>(made);
            answer.put("activationMailSent", true);
            send(exchange, 201, answer);
            return;
        }
        Map<String, Object> account = users.get(id);
        if (account == null || !caller.province().equals(account.get("province"))) {
            problem(exchange, 404, "not-found", "No account " + id + ".", List.of());
            return;
        }
        if (link && method.equals("POST")) {
            if ("DISABLED".equals(account.get("status"))) {
                problem(exchange, 409, "account-disabled", "A disabled account gets no link.", List.of());
                return;
            }
            activationLetters.add((String) account.get("email"));
            Map<String, Object> answer = new LinkedHashMap<>(account);
            answer.put("activationMailSent", true);
            send(exchange, 200, answer);
            return;
        }
        if (method.equals("DELETE")) {
            account.put("status", "DISABLED");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        send(exchange, 200, account);
    }

    private Map<String, Object> user(String id, String name, String email, String role, String unit, String status) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("name", name);
        user.put("email", email);
        user.put("role", role);
        user.put("province", "tien-giang");
        user.put("unit", unit);
        user.put("status", status);
        user.put("createdAt", "2024-03-01T01:00:00Z");
        users.put(id, user);
        return user;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void publish(HttpExchange exchange, ConsoleFake.Person caller) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (JsonNode item : body.path("documents")) {
            String documentId = item.path("documentId").asString();
            Map<String, Object> request = fake.requests().values().stream()
                    .filter(r -> documentId.equals(r.get("documentId")))
                    .findFirst()
                    .orElse(null);
            if (request == null || !"ACCEPTED".equals(request.get("status"))) {
                problem(
                        exchange,
                        409,
                        "not-accepted",
                        "Document " + documentId + " has no accepted version.",
                        List.of());
                return;
            }
            Map<String, Object> material = new LinkedHashMap<>();
            material.put("documentId", documentId);
            material.put("version", ((Map<?, ?>) request.get("latest")).get("version"));
            material.put("title", request.get("title"));
            material.put("fileName", ((Map<?, ?>) request.get("latest")).get("fileName"));
            material.put("agendaItemId", item.path("agendaItemId").asString(null));
            chosen.add(material);
        }
        published.removeIf(
                m -> chosen.stream().anyMatch(c -> c.get("documentId").equals(m.get("documentId"))));
        published.addAll(chosen);
        send(exchange, 201, portal());
    }

    private List<Map<String, Object>> requestsOfPlan() {
        return fake.requests().values().stream()
                .filter(r -> ConsoleFake.TG_PLAN.equals(r.get("planId")))
                .toList();
    }

    private Map<String, Object> portal() {
        Map<String, Object> portal = new LinkedHashMap<>();
        portal.put("planId", ConsoleFake.TG_PLAN);
        portal.put("title", "Tài liệu hội nghị");
        if (!published.isEmpty()) {
            portal.put("lastPublishedAt", "2024-07-31T09:30:00+07:00");
        }
        portal.put(
                "sections",
                published.isEmpty() ? List.of() : List.of(Map.of("heading", "Tài liệu chung", "materials", published)));
        portal.put("bundlePath", "/api/plans/" + ConsoleFake.TG_PLAN + "/portal/bundle.zip");
        return portal;
    }

    private static Map<String, Object> invitation(
            String id,
            String name,
            String position,
            String unitCode,
            String unitName,
            String organisation,
            String email,
            int seats,
            String status,
            String reason) {
        Map<String, Object> invitee = new LinkedHashMap<>();
        invitee.put("name", name);
        invitee.put("position", position);
        invitee.put("unitCode", unitCode);
        invitee.put("unitName", unitName);
        invitee.put("organisation", organisation);
        invitee.put("email", email);
        invitee.put("category", organisation != null ? "GUEST" : "OFFICIAL");
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("id", id);
        invitation.put("planId", ConsoleFake.TG_PLAN);
        invitation.put("kind", name == null ? "UNIT" : "PERSONAL");
        invitation.put("status", status);
        invitation.put("invitee", invitee);
        invitation.put("seats", seats);
        invitation.put("online", false);
        invitation.put("answerDeadline", "2024-08-05T17:00:00+07:00");
        if (reason != null || !"AWAITING_ANSWER".equals(status)) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("type", status);
            answer.put("reason", reason);
            answer.put("answeredAt", "2024-07-29T08:00:00+07:00");
            answer.put("channel", "LINK");
            invitation.put("answer", answer);
        }
        return invitation;
    }

    private static Map<String, Object> request(
            String id,
            String title,
            String ownerCode,
            String ownerName,
            String status,
            String deadlineStatus,
            String deadline,
            Map<String, Object> latest) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("planId", ConsoleFake.TG_PLAN);
        request.put("kind", "REPORT");
        request.put("title", title);
        request.put("owner", Map.of("code", ownerCode, "name", ownerName));
        request.put("recipient", Map.of("code", "TG-VPUBND", "name", "Văn phòng UBND tỉnh"));
        request.put("deadline", deadline);
        request.put("status", status);
        request.put("deadlineStatus", deadlineStatus);
        request.put("documentId", "doc-" + id);
        request.put("versions", ((Integer) latest.get("version")));
        request.put("latest", latest);
        return request;
    }

    private static Map<String, Object> version(int number, String fileName, Map<String, Object> review) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version", number);
        version.put("fileName", fileName);
        version.put("contentType", "application/pdf");
        version.put("size", 4096);
        version.put("submittedAt", "2024-07-29T15:00:00+07:00");
        version.put("submittedBy", "tg-skhdt");
        version.put("late", false);
        if (review != null) {
            version.put("review", new LinkedHashMap<>(review));
        }
        return version;
    }

    private void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void problem(
            HttpExchange exchange, int status, String rule, String detail, List<Map<String, String>> errors)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status);
        problem.put("rule", rule);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        byte[] bytes = json.writeValueAsBytes(problem);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One line's cells: comma-separated, a quoted cell may hold commas and doubled quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
