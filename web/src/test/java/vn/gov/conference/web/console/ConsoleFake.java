package vn.gov.conference.web.console;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as the console sees it, on 127.0.0.1: an authorization server that signs in whoever the test names
 * (authorization code, PKCE checked, an RS256 ID token with the person's role, province and unit) and the plans API
 * answering by the caller's province as plan-service does (another province's plan does not exist for them), with
 * its problem+json refusals. Access tokens are {@code at-<email>}, so every call shows whose token it carried.
 */
public final class ConsoleFake implements AutoCloseable {

    public static final String TG_PLAN = "plan-tg";
    public static final String DT_PLAN = "plan-dt";
    public static final String TG_TITLE = "Tổ chức Hội nghị công bố kết quả các chỉ số năm 2023 của tỉnh Tiền Giang";
    public static final String DT_TITLE = "Hội nghị trực tuyến công bố chỉ số năm 2020 của tỉnh Đồng Tháp";

    public record Person(String email, String name, String role, String province, String unit) {}

    public static final Person APPROVER =
            new Person("tg-chutich@tiengiang.gov.vn", "Trần Văn Phong", "APPROVER", "tien-giang", "TG-UBND");
    public static final Person OFFICE =
            new Person("tg-vanphong@tiengiang.gov.vn", "Nguyễn Thị Lan", "OFFICE", "tien-giang", "TG-VPUBND");

    public static final Person CENTRAL = new Person("bnv@moha.gov.vn", "Hoàng Quốc Việt", "CENTRAL", null, "BNV");

    public static final Person DEPARTMENT =
            new Person("tg-sonoivu@tiengiang.gov.vn", "Lê Minh Tâm", "DEPARTMENT", "tien-giang", "TG-SNV");

    private static final Pattern REQUEST = Pattern.compile("^/api/material-requests/([^/]+)(/submissions)?$");

    private static final Pattern PLAN = Pattern.compile(
            "^/api/plans/([^/]+)(?:/(approve|return|schedule|readiness|material-requests|submit|agenda/timeline))?$");

    private final HttpServer server;
    private final RSAKey key;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> plans = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> requests = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> versions = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    /** Each plan's request form, as the PATCHes merged it (plan-service keeps the same). */
    private final Map<String, Map<String, Object>> forms = new ConcurrentHashMap<>();

    private final List<Map<String, Object>> patches = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> created = new CopyOnWriteArrayList<>();
    private final List<Extension> extensions = new CopyOnWriteArrayList<>();
    private volatile Person next = APPROVER;
    private final AgendaFake agendas = new AgendaFake(json);
    private final Sender sender = new Sender() {
        @Override
        public void json(HttpExchange exchange, int status, Object body) throws IOException {
            send(exchange, status, "application/json", json.writeValueAsString(body));
        }

        @Override
        public void problem(
                HttpExchange exchange, int status, String rule, String detail, List<Map<String, String>> errors)
                throws IOException {
            ConsoleFake.this.problem(exchange, status, rule, detail, errors);
        }
    };

    /** How {@link AgendaFake} answers: this fake's JSON and problem+json. */
    interface Sender {
        void json(HttpExchange exchange, int status, Object body) throws IOException;

        void problem(HttpExchange exchange, int status, String rule, String detail, List<Map<String, String>> errors)
                throws IOException;
    }

    public ConsoleFake() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("fake").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        reset();
    }

    public static ConsoleFake start() {
        try {
            return new ConsoleFake();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the next authorization request signs in. */
    public void signInAs(Person person) {
        next = person;
    }

    /** Every request seen, as "METHOD /path?query Bearer-token". */
    public List<String> calls() {
        return calls;
    }

    /** agenda-service, for the plans a test opens an agenda on. */
    public AgendaFake agendas() {
        return agendas;
    }

    public Map<String, Object> plan(String id) {
        return plans.get(id);
    }

    /** Turns a fixture plan back into a draft the office edits. */
    public void makeDraft(String id) {
        plans.get(id).put("status", "DRAFT");
        plans.get(id).put("actions", List.of("revise", "submit", "cancel"));
    }

    /** The merge patches the console sent, in order. */
    public List<Map<String, Object>> patches() {
        return patches;
    }

    /** The request forms of the plans the console created. */
    public List<Map<String, Object>> created() {
        return created;
    }

    /** A plan's request form as the fake holds it. */
    public Map<String, Object> requestForm(String id) {
        return forms.get(id);
    }

    /** More of the API, answered before this fake's own routes (a part of the console's own fake). */
    public interface Extension {

        /** @return whether it answered */
        boolean handle(HttpExchange exchange, String method, String path, Map<String, String> query, Person caller)
                throws IOException;

        /** Back to its first state, after the fake's own. */
        void reset(ConsoleFake fake);
    }

    public void extend(Extension extension) {
        extensions.add(extension);
        extension.reset(this);
    }

    /** The material requests by id (mutable: an extension reviews them), and each one's versions. */
    public Map<String, Map<String, Object>> requests() {
        return requests;
    }

    public Map<String, List<Map<String, Object>>> versions() {
        return versions;
    }

    public synchronized void reset() {
        calls.clear();
        forms.clear();
        patches.clear();
        created.clear();
        codes.clear();
        agendas.reset();
        next = APPROVER;
        plans.clear();
        plans.put(TG_PLAN, plan(TG_PLAN, "tien-giang", "Tiền Giang", "UBND", TG_TITLE));
        plans.put(DT_PLAN, plan(DT_PLAN, "dong-thap", "Đồng Tháp", "UBND", DT_TITLE));
        requests.clear();
        versions.clear();
        requests.put(
                "req-bao-cao",
                request(
                        "req-bao-cao",
                        "Báo cáo kết quả Chỉ số PAR Index năm 2023",
                        "OPEN",
                        "DUE",
                        "2024-08-01T17:00:00+07:00",
                        null));
        Map<String, Object> returned = version(
                1,
                "Du thao phat bieu.docx",
                false,
                Map.of(
                        "verdict",
                        "RETURNED",
                        "comment",
                        "Bổ sung số liệu năm 2023 so với năm 2022.",
                        "reviewer",
                        "tg-office",
                        "at",
                        "2024-07-24T10:00:00+07:00"));
        requests.put(
                "req-phat-bieu",
                request(
                        "req-phat-bieu",
                        "Dự thảo bài phát biểu của Sở Nội vụ",
                        "RETURNED",
                        "OVERDUE",
                        "2024-07-25T17:00:00+07:00",
                        returned));
        versions.put("req-phat-bieu", new ArrayList<>(List.of(returned)));
        extensions.forEach(extension -> extension.reset(this));
    }

    private static Map<String, Object> plan(
            String id, String province, String provinceName, String abbreviation, String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", id);
        plan.put("province", province);
        plan.put(
                "issuer",
                Map.of(
                        "provinceCode",
                        province,
                        "provinceName",
                        provinceName,
                        "body",
                        Map.of("code", "TG-UBND", "name", "ỦY BAN NHÂN DÂN TỈNH " + provinceName.toUpperCase()),
                        "abbreviation",
                        abbreviation,
                        "place",
                        provinceName));
        plan.put("status", "SUBMITTED");
        plan.put("version", 1);
        plan.put("title", title);
        plan.put("preamble", List.of("Căn cứ Quyết định số 1149/QĐ-BNV ngày 30/12/2022 của Bộ Nội vụ;"));
        plan.put(
                "indices",
                List.of(Map.of(
                        "code",
                        "PAR",
                        "name",
                        "PAR Index",
                        "fullName",
                        "Chỉ số cải cách hành chính (PAR Index)",
                        "year",
                        2023,
                        "publisher",
                        "Bộ Nội vụ")));
        plan.put("purposes", List.of("Thông tin kết quả các chỉ số năm 2023 của tỉnh."));
        plan.put("requirements", List.of("Tổ chức hội nghị trang trọng, tiết kiệm, hiệu quả."));
        plan.put(
                "participants",
                Map.of(
                        "groups",
                        List.of(Map.of(
                                "id",
                                "g1",
                                "level",
                                "PROVINCE",
                                "unit",
                                Map.of("code", "TG-SNV", "name", "Sở Nội vụ"),
                                "role",
                                "Giám đốc",
                                "count",
                                1)),
                        "bridgePoints",
                        List.of(),
                        "statedTotal",
                        120,
                        "totalApproximate",
                        true,
                        "counted",
                        1,
                        "countComplete",
                        false,
                        "totalConsistent",
                        true));
        plan.put("chair", "Chủ tịch UBND tỉnh");
        plan.put("format", "IN_PERSON");
        plan.put("venue", Map.of("text", "Hội trường 1, Trụ sở UBND tỉnh"));
        plan.put("time", Map.of("exact", false, "label", "Dự kiến tháng 8/2024"));
        plan.put("budget", Map.of("source", "Ngân sách tỉnh năm 2024"));
        plan.put(
                "assignments",
                List.of(Map.of(
                        "id",
                        "a1",
                        "owner",
                        Map.of("code", "TG-SNV", "name", "Sở Nội vụ"),
                        "task",
                        "Chuẩn bị báo cáo kết quả các chỉ số",
                        "dueBefore",
                        "2024-08-01")));
        plan.put("distribution", List.of(Map.of("text", "Bộ Nội vụ (b/c);", "units", List.of())));
        plan.put("signer", Map.of("name", "Nguyễn Văn Vĩnh", "title", "CHỦ TỊCH", "capacity", "TM. ỦY BAN NHÂN DÂN"));
        plan.put("actions", List.of("return", "approve", "cancel"));
        plan.put("lockVersion", 3);
        return plan;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            calls.add(method + " " + exchange.getRequestURI() + (bearer == null ? "" : " " + bearer));
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            switch (path) {
                case "/oauth2/authorize" -> authorize(exchange, query);
                case "/oauth2/token" -> token(exchange);
                case "/oauth2/jwks" ->
                    send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
                case "/connect/logout" -> redirect(exchange, query.get("post_logout_redirect_uri"));
                default -> api(exchange, method, path, query, bearer);
            }
        }
    }

    private void authorize(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (query.get("code_challenge") == null || !"S256".equals(query.get("code_challenge_method"))) {
            redirect(exchange, query.get("redirect_uri") + "?error=invalid_request&state=" + query.get("state"));
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new LinkedHashMap<>(query);
        grant.put("email", next.email());
        people.put(next.email(), next);
        codes.put(code, grant);
        redirect(
                exchange,
                query.get("redirect_uri") + "?code=" + code + "&state="
                        + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null || !challenge(form.get("code_verifier")).equals(grant.get("code_challenge"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Person person = people.get(grant.get("email"));
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(url())
                .subject(person.email())
                .audience("console")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("nonce", grant.get("nonce"))
                .claim("name", person.name())
                .claim("role", person.role())
                .claim("unit", person.unit());
        if (person.province() != null) {
            claims.claim("province", person.province());
        }
        try {
            SignedJWT idToken = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of(
                            "access_token",
                            "at-" + person.email(),
                            "token_type",
                            "Bearer",
                            "expires_in",
                            600,
                            "scope",
                            "openid profile",
                            "id_token",
                            idToken.serialize())));
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private synchronized void api(
            HttpExchange exchange, String method, String path, Map<String, String> query, String bearer)
            throws IOException {
        Person caller = bearer == null || !bearer.startsWith("Bearer at-")
                ? null
                : people.get(bearer.substring("Bearer at-".length()));
        if (caller == null) {
            problem(exchange, 401, "unauthenticated", "A valid token is required.", List.of());
            return;
        }
        for (Extension extension : extensions) {
            if (extension.handle(exchange, method, path, query, caller)) {
                return;
            }
        }
        if (path.equals("/api/reference/indices")) {
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(List.of(
                            Map.of("code", "PAR", "name", "PAR Index", "fullName", "Chỉ số cải cách hành chính"),
                            Map.of(
                                    "code",
                                    "SIPAS",
                                    "name",
                                    "SIPAS",
                                    "fullName",
                                    "Chỉ số hài lòng về sự phục vụ hành chính"),
                            Map.of(
                                    "code",
                                    "PAPI",
                                    "name",
                                    "PAPI",
                                    "fullName",
                                    "Chỉ số hiệu quả quản trị và hành chính công"),
                            Map.of("code", "PCI", "name", "PCI", "fullName", "Chỉ số năng lực cạnh tranh cấp tỉnh"))));
            return;
        }
        if (path.equals("/api/reference/units")) {
            units(exchange, query);
            return;
        }
        if (path.startsWith("/api/readiness")) {
            if (!"CENTRAL".equals(caller.role())) {
                problem(exchange, 403, "forbidden", "This view is the central agency's.", List.of());
                return;
            }
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(path.endsWith("/coverage") ? coverage(query.get("year")) : national()));
            return;
        }
        if (path.equals("/api/plans") && method.equals("POST")) {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            if (body.path("title").asString("").isBlank()) {
                problem(
                        exchange,
                        400,
                        "invalid-input",
                        "The plan is not valid.",
                        List.of(Map.of("field", "title", "rule", "required", "message", "A plan needs a title.")));
                return;
            }
            Map<String, Object> request = json.treeToValue(body, Map.class);
            List<Map<String, String>> refused = check(request, true);
            if (!refused.isEmpty()) {
                problem(exchange, 400, "plan-rules", "The plan breaks rules.", refused);
                return;
            }
            Map<String, Object> plan = plan(
                    "plan-moi",
                    caller.province(),
                    "Tiền Giang",
                    "UBND",
                    body.path("title").asString());
            plan.putAll(view(request));
            plan.put("status", "DRAFT");
            plan.put("actions", List.of("revise", "submit", "cancel"));
            plans.put("plan-moi", plan);
            forms.put("plan-moi", request);
            created.add(request);
            answer(exchange, plan);
            return;
        }
        if (path.equals("/api/plans") && method.equals("GET")) {
            List<Map<String, Object>> items = new ArrayList<>();
            plans.values().stream()
                    .filter(plan ->
                            caller.province() == null || caller.province().equals(plan.get("province")))
                    .filter(plan ->
                            query.get("status") == null || query.get("status").equals(plan.get("status")))
                    .filter(plan -> query.get("q") == null
                            || fold((String) plan.get("title")).contains(fold(query.get("q"))))
                    .forEach(plan -> items.add(summary(plan)));
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of("items", items, "page", 0, "size", 50, "total", items.size())));
            return;
        }
        Matcher material = REQUEST.matcher(path);
        if (material.matches() || path.startsWith("/api/documents/")) {
            material(exchange, method, path, material, caller);
            return;
        }
        String agendaOf = agendas.planOf(path);
        if (agendaOf != null) {
            Map<String, Object> owner = plans.get(agendaOf);
            if (owner != null && caller.province() != null && !caller.province().equals(owner.get("province"))) {
                problem(exchange, 404, "not-found", "The agenda of plan " + agendaOf + " was not found.", List.of());
                return;
            }
            agendas.handle(exchange, method, path, caller.role(), sender);
            return;
        }
        Matcher matcher = PLAN.matcher(path);
        Map<String, Object> plan = matcher.matches() ? plans.get(matcher.group(1)) : null;
        if (plan == null || (caller.province() != null && !caller.province().equals(plan.get("province")))) {
            problem(
                    exchange,
                    404,
                    "not-found",
                    "No plan " + (matcher.matches() ? matcher.group(1) : path) + ".",
                    List.of());
            return;
        }
        String action = matcher.group(2);
        if (action == null && method.equals("PATCH")) {
            if (exchange.getRequestHeaders().getFirst("If-Match") == null) {
                problem(exchange, 428, "if-match-required", "Send If-Match with the version you edited.", List.of());
                return;
            }
            if (!exchange.getRequestHeaders().getFirst("If-Match").equals("\"" + plan.get("lockVersion") + "\"")) {
                problem(exchange, 412, "precondition-failed", "The plan has changed since that version.", List.of());
                return;
            }
            JsonNode patch = json.readTree(exchange.getRequestBody().readAllBytes());
            patches.add(json.treeToValue(patch, Map.class));
            @SuppressWarnings("unchecked")
            Map<String, Object> merged = (Map<String, Object>) merge(
                    forms.computeIfAbsent((String) plan.get("id"), id -> request(plan)),
                    json.treeToValue(patch, Map.class));
            List<Map<String, String>> refused = check(merged, patch.has("participants"));
            if (!refused.isEmpty()) {
                problem(exchange, 400, "plan-rules", "The plan breaks rules.", refused);
                return;
            }
            forms.put((String) plan.get("id"), merged);
            plan.putAll(view(merged));
            plan.put("lockVersion", ((Integer) plan.get("lockVersion")) + 1);
            answer(exchange, plan);
            return;
        }
        if ("material-requests".equals(action)) {
            List<Object> found = TG_PLAN.equals(plan.get("id"))
                    ? List.of(requests.get("req-bao-cao"), requests.get("req-phat-bieu"))
                    : List.of();
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of("items", found, "page", 0, "size", 100, "total", found.size())));
            return;
        }
        if ("agenda/timeline".equals(action)) {
            if (!TG_PLAN.equals(plan.get("id"))) {
                problem(exchange, 404, "not-found", "No agenda for plan " + plan.get("id") + ".", List.of());
                return;
            }
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of(
                            "planId",
                            TG_PLAN,
                            "revision",
                            2,
                            "anchored",
                            true,
                            "sessionStart",
                            "07:30",
                            "sessionEnd",
                            "11:15",
                            "totalMinutes",
                            225,
                            "idleMinutes",
                            0,
                            "items",
                            List.of(
                                    Map.of(
                                            "id",
                                            "i1",
                                            "number",
                                            "1",
                                            "kind",
                                            "OPENING",
                                            "content",
                                            "Tuyên bố lý do, giới thiệu đại biểu",
                                            "minutes",
                                            10,
                                            "from",
                                            "07:30",
                                            "to",
                                            "07:40"),
                                    Map.of(
                                            "id",
                                            "i2",
                                            "number",
                                            "2",
                                            "kind",
                                            "REPORT",
                                            "content",
                                            "Báo cáo kết quả các chỉ số năm 2023",
                                            "minutes",
                                            20,
                                            "from",
                                            "07:40",
                                            "to",
                                            "08:00")),
                            "warnings",
                            List.of(Map.of(
                                    "code",
                                    "OVERRUN",
                                    "minutes",
                                    5,
                                    "blocksPublication",
                                    false,
                                    "message",
                                    "The agenda ends 5 minutes after the session's planned end.")))));
            return;
        }
        if ("submit".equals(action)) {
            if (!"OFFICE".equals(caller.role())) {
                problem(exchange, 403, "forbidden", "Only the province's office submits a plan.", List.of());
                return;
            }
            if (plan.get("signer") == null
                    || plan.get("distribution") == null
                    || ((List<?>) plan.get("distribution")).isEmpty()) {
                problem(
                        exchange,
                        422,
                        "plan-incomplete",
                        "The plan lacks what this operation needs.",
                        List.of(
                                Map.of(
                                        "field",
                                        "signer",
                                        "rule",
                                        "required",
                                        "message",
                                        "Say who signs the plan and with what title."),
                                Map.of(
                                        "field",
                                        "distribution",
                                        "rule",
                                        "required",
                                        "message",
                                        "List where the plan is sent (Nơi nhận).")));
                return;
            }
            if (((String) plan.get("title")).contains("thiếu")) {
                problem(
                        exchange,
                        400,
                        "incomplete-plan",
                        "The plan is not complete.",
                        List.of(Map.of(
                                "field",
                                "participants.statedTotal",
                                "rule",
                                "required",
                                "message",
                                "State the expected number of delegates.")));
                return;
            }
            plan.put("status", "SUBMITTED");
            plan.put("actions", List.of("return", "approve", "cancel"));
            answer(exchange, plan);
            return;
        }
        if ("readiness".equals(action)) {
            send(exchange, 200, "application/json", json.writeValueAsString(readiness(plan)));
            return;
        }
        if (action == null) {
            answer(exchange, plan);
            return;
        }
        if (!"APPROVER".equals(caller.role())) {
            problem(exchange, 403, "forbidden", "Only the province's approver may " + action + " a plan.", List.of());
            return;
        }
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        switch (action) {
            case "approve" -> {
                int number = body.path("number").isMissingNode()
                                || body.path("number").isNull()
                        ? 276
                        : body.path("number").asInt();
                if (number == 275) {
                    problem(
                            exchange,
                            409,
                            "number-taken",
                            "Number 275 of the register is already used.",
                            List.of(Map.of(
                                    "field",
                                    "number",
                                    "rule",
                                    "number-taken",
                                    "message",
                                    "Number 275 of 2024 is already used by another document.")));
                    return;
                }
                plan.put("status", "APPROVED");
                plan.put("documentNumber", number + "/KH-UBND");
                plan.put("numberText", number + "/KH-UBND");
                plan.put("issuedOn", body.path("issuedOn").asString("2024-07-15"));
                plan.put("actions", List.of("schedule", "amend", "cancel"));
            }
            case "return" -> {
                if (body.path("reason").asString("").isBlank()) {
                    problem(
                            exchange,
                            400,
                            "required",
                            "reason is required.",
                            List.of(Map.of(
                                    "field",
                                    "reason",
                                    "rule",
                                    "required",
                                    "message",
                                    "Say what the office must correct.")));
                    return;
                }
                plan.put("status", "DRAFT");
                plan.put("returnReason", body.path("reason").asString());
                plan.put("actions", List.of("revise", "submit", "cancel"));
            }
            default -> {
                plan.put("status", "SCHEDULED");
                plan.put(
                        "time",
                        Map.of("exact", true, "start", body.path("start").asString()));
                plan.put("actions", List.of("schedule", "amend", "cancel", "hold"));
            }
        }
        plan.put("lockVersion", ((Integer) plan.get("lockVersion")) + 1);
        answer(exchange, plan);
    }

    /** The units of the fake's reference data: a few of Tiền Giang's and the ministry. */
    static final Map<String, String> UNITS = unitNames();

    private static Map<String, String> unitNames() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang");
        units.put("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh");
        units.put("TG-SNV", "Sở Nội vụ");
        units.put("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
        units.put("TG-STTTT", "Sở Thông tin và Truyền thông");
        units.put("TG-TTT", "Thanh tra tỉnh");
        units.put("TG-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang");
        units.put("TG-MYTHO", "Ủy ban nhân dân thành phố Mỹ Tho");
        units.put("TG-GOCONG", "Ủy ban nhân dân thị xã Gò Công");
        units.put("BNV", "Bộ Nội vụ");
        return units;
    }

    private void units(HttpExchange exchange, Map<String, String> query) throws IOException {
        boolean central = "MINISTRY".equals(query.get("kind"));
        List<Map<String, Object>> items = new ArrayList<>();
        UNITS.forEach((code, name) -> {
            boolean ministry = !code.startsWith("TG-");
            if (central == ministry && (central || "tien-giang".equals(query.get("province")))) {
                Map<String, Object> unit = new LinkedHashMap<>();
                unit.put("code", code);
                unit.put("name", name);
                unit.put("province", ministry ? null : "tien-giang");
                unit.put("level", ministry ? "CENTRAL" : "PROVINCE");
                unit.put("kind", ministry ? "MINISTRY" : "DEPARTMENT");
                unit.put("collective", false);
                items.add(unit);
            }
        });
        send(
                exchange,
                200,
                "application/json",
                json.writeValueAsString(Map.of("items", items, "page", 0, "size", 100, "total", items.size())));
    }

    /** RFC 7396: members replace, null removes, objects merge. */
    @SuppressWarnings("unchecked")
    static Object merge(Object target, Object patch) {
        if (!(patch instanceof Map<?, ?> patchMap)) {
            return patch;
        }
        Map<String, Object> result = target instanceof Map<?, ?> map
                ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        patchMap.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else {
                result.put((String) key, merge(result.get(key), value));
            }
        });
        return result;
    }

    /** A few of plan-service's rules, with its field paths and its words. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> check(Map<String, Object> request, boolean totals) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.get("title") == null || request.get("title").toString().isBlank()) {
            errors.add(error("title", "required", "A plan needs a title."));
        }
        Map<String, Object> participants = (Map<String, Object>) request.getOrDefault("participants", Map.of());
        List<Map<String, Object>> groups = (List<Map<String, Object>>) participants.getOrDefault("groups", List.of());
        int counted = 0;
        boolean complete = true;
        for (int i = 0; i < groups.size(); i++) {
            Map<String, Object> group = groups.get(i);
            unit(errors, "participants.groups[" + i + "].unit", group.get("unit"));
            if (group.get("role") == null) {
                errors.add(error(
                        "participants.groups[" + i + "].role",
                        "required",
                        "A group says who attends (\"Lãnh đạo\", \"Chủ tịch\", …)."));
            }
            if (group.get("count") instanceof Integer count) {
                counted += count;
            } else {
                complete = false;
            }
        }
        if (totals && participants.get("statedTotal") instanceof Integer stated && complete && !groups.isEmpty()) {
            int tolerance =
                    Boolean.TRUE.equals(participants.get("totalApproximate")) ? (int) Math.ceil(stated * .1) : 0;
            if (Math.abs(counted - stated) > tolerance) {
                errors.add(error(
                        "participants.statedTotal",
                        "total-mismatch",
                        "The groups add up to " + counted + " delegates but the plan states " + stated + "."));
            }
        }
        List<Map<String, Object>> assignments =
                (List<Map<String, Object>>) request.getOrDefault("assignments", List.of());
        List<Object> ids = assignments.stream().map(a -> a.get("id")).toList();
        for (int i = 0; i < assignments.size(); i++) {
            Map<String, Object> assignment = assignments.get(i);
            unit(errors, "assignments[" + i + "].owner", assignment.get("owner"));
            unit(errors, "assignments[" + i + "].recipient", assignment.get("recipient"));
            List<Object> collaborators = (List<Object>) assignment.getOrDefault("collaborators", List.of());
            for (int c = 0; c < collaborators.size(); c++) {
                unit(errors, "assignments[" + i + "].collaborators[" + c + "]", collaborators.get(c));
            }
            if (assignment.get("next") != null && !ids.contains(assignment.get("next"))) {
                errors.add(error(
                        "assignments[" + i + "].next",
                        "unknown-assignment",
                        "No assignment " + assignment.get("next") + " in this plan."));
            }
            List<Map<String, Object>> deliverables =
                    (List<Map<String, Object>>) assignment.getOrDefault("deliverables", List.of());
            for (int d = 0; d < deliverables.size(); d++) {
                if (deliverables.get(d).get("title") == null) {
                    errors.add(error(
                            "assignments[" + i + "].deliverables[" + d + "].title",
                            "required",
                            "Say what is delivered."));
                }
            }
        }
        return errors;
    }

    private static void unit(List<Map<String, String>> errors, String field, Object code) {
        if (code != null && !UNITS.containsKey(code.toString())) {
            errors.add(error(field, "unknown-unit", "No unit " + code + " in the reference data."));
        }
    }

    private static Map<String, String> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    /** The plan as the API shows it from its request form: units as code and name, the time read. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> view(Map<String, Object> request) {
        Map<String, Object> view = (Map<String, Object>) units(request, null);
        view.remove("province");
        view.remove("issuingBody");
        if (request.get("time") instanceof Map<?, ?> time) {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("exact", time.get("start") != null);
            shown.put("start", time.get("start"));
            Object from = time.get("windowStart");
            Object to = time.get("windowEnd");
            if (time.get("quarter") instanceof Integer quarter && time.get("year") instanceof Integer year) {
                java.time.LocalDate first = java.time.LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
                from = first.toString();
                to = first.plusMonths(3).minusDays(1).toString();
            }
            shown.put("windowStart", from);
            shown.put("windowEnd", to);
            shown.put(
                    "label",
                    time.get("label") != null
                            ? time.get("label")
                            : time.get("quarter") != null
                                    ? "dự kiến quý " + time.get("quarter") + " năm " + time.get("year")
                                    : time.get("start") != null ? "giờ đã chốt" : "dự kiến");
            shown.put("note", time.get("note"));
            view.put("time", shown);
        }
        Map<String, Object> participants =
                new LinkedHashMap<>((Map<String, Object>) view.getOrDefault("participants", Map.of()));
        participants.putIfAbsent("groups", List.of());
        participants.putIfAbsent("bridgePoints", List.of());
        participants.putIfAbsent("externalGuests", List.of());
        participants.put("totalApproximate", Boolean.TRUE.equals(participants.get("totalApproximate")));
        participants.put("counted", 0);
        participants.put("countComplete", false);
        participants.put("totalConsistent", true);
        view.put("participants", participants);
        for (String field : List.of("preamble", "indices", "purposes", "requirements", "assignments", "distribution")) {
            view.putIfAbsent(field, List.of());
        }
        for (String field : List.of("venue", "time", "backdrop", "budget", "signer", "chair", "format", "closing")) {
            view.putIfAbsent(field, null);
        }
        return view;
    }

    private static final List<String> UNIT_FIELDS =
            List.of("unit", "host", "managedBy", "owner", "recipient", "collaborators", "units");

    private static Object units(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, units(v, (String) k)));
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(item -> units(item, key)).toList();
        }
        if (node instanceof String code && key != null && UNIT_FIELDS.contains(key)) {
            return Map.of("code", code, "name", UNITS.getOrDefault(code, code));
        }
        return node;
    }

    /** The request form of a plan shown as the fixture holds it (units by code, the time as sent). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> request(Map<String, Object> plan) {
        Map<String, Object> request = new LinkedHashMap<>();
        for (String field : List.of(
                "title",
                "preamble",
                "purposes",
                "requirements",
                "chair",
                "format",
                "budget",
                "assignments",
                "distribution",
                "signer",
                "closing",
                "participants")) {
            if (plan.get(field) != null) {
                request.put(field, codes(plan.get(field)));
            }
        }
        if (plan.get("indices") instanceof List<?> indices) {
            request.put(
                    "indices",
                    indices.stream()
                            .map(index -> Map.of(
                                    "code", ((Map<?, ?>) index).get("code"), "year", ((Map<?, ?>) index).get("year")))
                            .toList());
        }
        if (plan.get("time") instanceof Map<?, ?> time) {
            Map<String, Object> sent = new LinkedHashMap<>();
            sent.put("start", time.get("start"));
            sent.put("label", time.get("label"));
            request.put("time", sent);
        }
        return request;
    }

    private static Object codes(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("code") && map.containsKey("name") && map.size() == 2) {
                return map.get("code");
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!List.of("counted", "countComplete", "totalConsistent").contains(k)) {
                    copy.put((String) k, codes(v));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ConsoleFake::codes).toList();
        }
        return node;
    }

    private void material(HttpExchange exchange, String method, String path, Matcher material, Person caller)
            throws IOException {
        String id = material.matches() ? material.group(1) : path.substring("/api/documents/doc-".length());
        Map<String, Object> request = requests.get(id);
        if (request == null || !"tien-giang".equals(caller.province())) {
            problem(exchange, 404, "not-found", "No material request " + id + ".", List.of());
            return;
        }
        if (path.startsWith("/api/documents/")) {
            send(
                    exchange,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of(
                            "id",
                            "doc-" + id,
                            "requestId",
                            id,
                            "status",
                            request.get("status"),
                            "versions",
                            versions.getOrDefault(id, List.of()))));
            return;
        }
        if (material.group(2) == null) {
            send(exchange, 200, "application/json", json.writeValueAsString(request));
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        Matcher name = Pattern.compile("filename=\"([^\"]*)\"").matcher(body);
        String fileName = name.find()
                ? new String(name.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                : "";
        if (!exchange.getRequestHeaders().getFirst("Content-Type").startsWith("multipart/form-data")
                || fileName.endsWith(".exe")) {
            problem(
                    exchange,
                    415,
                    "unsupported-type",
                    "This file type is not accepted.",
                    List.of(Map.of(
                            "field",
                            "file",
                            "rule",
                            "unsupported-type",
                            "message",
                            "The file is not a PDF, an office document or an image.")));
            return;
        }
        List<Map<String, Object>> list = versions.computeIfAbsent(id, key -> new ArrayList<>());
        Map<String, Object> version = version(list.size() + 1, fileName, false, null);
        list.add(version);
        request.put("status", "SUBMITTED");
        request.put("deadlineStatus", "ON_TIME");
        request.put("versions", list.size());
        request.put("latest", version);
        send(
                exchange,
                201,
                "application/json",
                json.writeValueAsString(Map.of(
                        "requestId",
                        id,
                        "documentId",
                        "doc-" + id,
                        "version",
                        version.get("version"),
                        "fileName",
                        fileName,
                        "size",
                        2048,
                        "late",
                        false)));
    }

    private static Map<String, Object> request(
            String id,
            String title,
            String status,
            String deadlineStatus,
            String deadline,
            Map<String, Object> latest) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("planId", TG_PLAN);
        request.put("kind", "REPORT");
        request.put("title", title);
        request.put("owner", Map.of("code", "TG-SNV", "name", "Sở Nội vụ"));
        request.put("recipient", Map.of("code", "TG-VPUBND", "name", "Văn phòng UBND tỉnh"));
        request.put("deadline", deadline);
        request.put("status", status);
        request.put("deadlineStatus", deadlineStatus);
        request.put("documentId", "doc-" + id);
        request.put("versions", latest == null ? 0 : 1);
        if (latest != null) {
            request.put("latest", latest);
        }
        return request;
    }

    private static Map<String, Object> version(int number, String fileName, boolean late, Map<String, Object> review) {
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("version", number);
        version.put("fileName", fileName);
        version.put("contentType", "application/pdf");
        version.put("size", 2048);
        version.put("submittedAt", "2024-07-23T09:15:00+07:00");
        version.put("submittedBy", "tg-sonoivu@tiengiang.gov.vn");
        version.put("late", late);
        if (review != null) {
            version.put("review", review);
        }
        return version;
    }

    private Map<String, Object> coverage(String year) {
        List<Map<String, Object>> provinces = new ArrayList<>();
        for (String[] province : List.of(
                new String[] {"tien-giang", "Tiền Giang", TG_PLAN},
                new String[] {"dong-thap", "Đồng Tháp", DT_PLAN},
                new String[] {"ha-noi", "Hà Nội", null})) {
            Map<String, Object> plan = province[2] == null ? null : plans.get(province[2]);
            List<Map<String, Object>> refs = plan == null || !"2023".equals(year) ? List.of() : List.of(ref(plan));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", "PAR");
            row.put("stage", refs.isEmpty() ? null : plan.get("status"));
            row.put("plans", refs);
            provinces.add(Map.of(
                    "code",
                    province[0],
                    "name",
                    province[1],
                    "includes",
                    List.of(province[0]),
                    "planned",
                    !refs.isEmpty(),
                    "indices",
                    List.of(row)));
        }
        long planned =
                provinces.stream().filter(p -> (Boolean) p.get("planned")).count();
        return Map.of(
                "year",
                Integer.parseInt(year),
                "grouping",
                "CURRENT",
                "totals",
                Map.of("provinces", 3, "planned", planned, "unplanned", 3 - planned, "plans", planned),
                "provinces",
                provinces);
    }

    private static Map<String, Object> ref(Map<String, Object> plan) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", plan.get("id"));
        ref.put("province", plan.get("province"));
        ref.put("documentNumber", plan.get("documentNumber"));
        ref.put("title", plan.get("title"));
        ref.put("status", plan.get("status"));
        return ref;
    }

    private Map<String, Object> national() {
        return Map.of(
                "provinces",
                List.of(
                        Map.of(
                                "province",
                                "tien-giang",
                                "name",
                                "Tiền Giang",
                                "plans",
                                List.of(readiness(plans.get(TG_PLAN)))),
                        Map.of(
                                "province",
                                "dong-thap",
                                "name",
                                "Đồng Tháp",
                                "plans",
                                List.of(readiness(plans.get(DT_PLAN))))));
    }

    private static Map<String, Object> readiness(Map<String, Object> plan) {
        boolean tg = TG_PLAN.equals(plan.get("id"));
        Map<String, Object> readiness = new LinkedHashMap<>();
        readiness.put("planId", plan.get("id"));
        readiness.put("province", plan.get("province"));
        readiness.put("title", plan.get("title"));
        readiness.put("status", plan.get("status"));
        readiness.put("time", tg ? Map.of("start", "2024-08-08T07:30:00+07:00") : Map.of("label", "Tháng 7/2021"));
        readiness.put("agenda", Map.of("published", tg, "revision", tg ? 1 : 0));
        readiness.put(
                "invitations",
                Map.of("issued", 40, "accepted", 31, "declined", 2, "substituted", 1, "pending", 6, "checkedIn", 0));
        readiness.put(
                "materials",
                Map.of(
                        "requested",
                        8,
                        "submitted",
                        5,
                        "accepted",
                        4,
                        "returned",
                        1,
                        "late",
                        1,
                        "overdue",
                        tg ? 2 : 0,
                        "published",
                        false,
                        "items",
                        List.of()));
        readiness.put("ready", !tg);
        return readiness;
    }

    private static Map<String, Object> summary(Map<String, Object> plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String field : List.of(
                "id",
                "province",
                "documentNumber",
                "numberText",
                "issuedOn",
                "title",
                "status",
                "version",
                "format",
                "time",
                "indices")) {
            if (plan.get(field) != null) {
                summary.put(field, plan.get(field));
            }
        }
        return summary;
    }

    private void answer(HttpExchange exchange, Map<String, Object> plan) throws IOException {
        exchange.getResponseHeaders().add("ETag", "\"" + plan.get("lockVersion") + "\"");
        Map<String, Object> view = new LinkedHashMap<>(plan);
        view.remove("lockVersion");
        send(exchange, 200, "application/json", json.writeValueAsString(view));
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
        send(exchange, status, "application/problem+json", json.writeValueAsString(problem));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                values.put(
                        URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
