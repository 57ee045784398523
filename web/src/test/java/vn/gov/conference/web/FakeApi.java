package vn.gov.conference.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API as the pages see it, on 127.0.0.1: canned JSON in the shape notification-service and
 * documents-service answer (DelegateView, InvitationView, AttendanceReport, PortalView, problem+json), with just
 * enough state that an answer or a check-in shows on the next read. Signatures: {@code ok} valid, {@code old}
 * expired (410), anything else tampered (403); invitation {@code down} answers 503 as a gateway with a dead backend.
 */
public final class FakeApi implements AutoCloseable {

    public static final String CONFERENCE = "Hội nghị công bố kết quả chỉ số cải cách hành chính năm 2023";
    public static final String PLAN = "plan-tg";

    private static final Pattern INVITATION =
            Pattern.compile("^/api/invitations/([^/]+)(/answer|/check-in|/calendar|/letter)?$");
    private static final Pattern PLAN_PATH = Pattern.compile(
            "^/api/plans/([^/]+)/(invitations|attendance|portal|portal/bundle\\.zip|portal/documents/([^/]+)/content)$");

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Map<String, Object>> invitations = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile boolean checkInOpen = true;
    /** Activation tokens not used yet (the gateway's people store keeps their hashes), and the passwords chosen. */
    private final Map<String, String> activationTokens = new ConcurrentHashMap<>();

    private final Map<String, String> activated = new ConcurrentHashMap<>();

    public FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        reset();
    }

    /** A started fake, for a test class's static field. */
    public static FakeApi start() {
        try {
            return new FakeApi();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request seen, as "METHOD /path?query". */
    public List<String> calls() {
        return calls;
    }

    public void checkInOpen(boolean open) {
        checkInOpen = open;
    }

    public Map<String, Object> invitation(String id) {
        return invitations.get(id);
    }

    /** What another desk or the delegate's own phone records meanwhile. */
    public synchronized void recordCheckIn(String id, String presence) {
        invitations
                .get(id)
                .put("checkIn", Map.of("presence", presence, "at", "2024-08-08T07:20:00+07:00", "channel", "OFFICE"));
    }

    /** An answer recorded meanwhile (by the office, or from another device). */
    public synchronized void recordAnswer(String id) {
        answer(invitations.get(id), "ACCEPTED", Map.of("channel", "OFFICE"));
    }

    /** The password chosen with each activation token used. */
    public Map<String, String> activated() {
        return activated;
    }

    public void reset() {
        calls.clear();
        activationTokens.clear();
        activated.clear();
        activationTokens.put("tok-tam", "sonoivu");
        checkInOpen = true;
        invitations.clear();
        invitations.put(
                "quota-mytho",
                invitation(
                        "quota-mytho", "SEAT_QUOTA", null, "Ủy ban nhân dân thành phố Mỹ Tho", null, 2, false, null));
        Map<String, Object> open = invitation("quota-snv", "SEAT_QUOTA", null, "Sở Nội vụ", null, 1, false, null);
        open.put("openQuota", true);
        invitations.put("quota-snv", open);
        invitations.put(
                "chairman",
                invitation(
                        "chairman",
                        "PERSONAL",
                        "Nguyễn Văn An",
                        "Ủy ban nhân dân thành phố Mỹ Tho",
                        "Chủ tịch",
                        1,
                        false,
                        "MT-0001"));
        invitations.put(
                "expert",
                invitation(
                        "expert",
                        "PERSONAL",
                        "Đỗ Thanh Huyền",
                        "Chương trình Phát triển Liên Hợp Quốc",
                        "Chuyên gia",
                        1,
                        true,
                        "EX-0002"));
        invitations.put(
                "accepted",
                invitation("accepted", "PERSONAL", "Trần Thị Bình", "Sở Nội vụ", "Giám đốc", 1, false, "SNV-0003"));
        answer(invitations.get("accepted"), "ACCEPTED", null);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static Map<String, Object> invitation(
            String id, String kind, String name, String unit, String position, int seats, boolean online, String code) {
        Map<String, Object> invitation = new LinkedHashMap<>();
        invitation.put("id", id);
        invitation.put("kind", kind);
        invitation.put("name", name);
        invitation.put("unitName", unit);
        invitation.put("position", position);
        invitation.put("seats", seats);
        invitation.put("online", online);
        invitation.put("code", code);
        invitation.put("openQuota", false);
        invitation.put("status", "AWAITING_ANSWER");
        invitation.put("delegates", new ArrayList<Map<String, Object>>());
        return invitation;
    }

    private static void answer(Map<String, Object> invitation, String status, Map<String, Object> answer) {
        invitation.put("status", status);
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("type", status);
        recorded.put("answeredAt", "2024-07-26T08:05:00+07:00");
        recorded.put("channel", "LINK");
        if (answer != null) {
            recorded.putAll(answer);
        }
        invitation.put("answer", recorded);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            calls.add(exchange.getRequestMethod() + " " + path
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Matcher invitation = INVITATION.matcher(path);
            Matcher plan = PLAN_PATH.matcher(path);
            if (path.equals("/api/users/activation")
                    && exchange.getRequestMethod().equals("POST")) {
                activation(exchange, json.readTree(body));
            } else if (invitation.matches()) {
                invitation(exchange, invitation.group(1), invitation.group(2), query, body);
            } else if (plan.matches()) {
                plan(exchange, plan.group(1), plan.group(2), plan.group(3), query);
            } else {
                problem(exchange, 404, "not-found", "Not found.", List.of());
            }
        }
    }

    /** As the gateway's PasswordRules and activation: a token works once; the rules are checked before it is used. */
    private synchronized void activation(HttpExchange exchange, JsonNode request) throws IOException {
        String token = request.path("token").asString("");
        String password = request.path("password").asString("");
        String identity = activationTokens.get(token);
        if (identity == null) {
            problem(
                    exchange,
                    400,
                    "invalid-input",
                    "Invalid input.",
                    List.of(
                            Map.of(
                                    "field",
                                    "token",
                                    "rule",
                                    "activation-link-invalid",
                                    "message",
                                    "This activation link is not valid any more (used, replaced or expired); ask for a new one.")));
            return;
        }
        String rule = password.length() < 12
                ? "too-short"
                : java.util.Arrays.stream(identity.split(" "))
                                .anyMatch(part -> password.toLowerCase().contains(part))
                        ? "contains-identity"
                        : password.chars().allMatch(Character::isLetter) ? "one-character-class" : null;
        if (rule != null) {
            problem(
                    exchange,
                    400,
                    "invalid-input",
                    "Invalid input.",
                    List.of(Map.of("field", "password", "rule", rule, "message", "The password breaks " + rule + ".")));
            return;
        }
        activationTokens.remove(token);
        activated.put(token, password);
        send(exchange, 200, "application/json", "{\"status\":\"ACTIVE\"}".getBytes(StandardCharsets.UTF_8));
    }

    private void invitation(HttpExchange exchange, String id, String action, Map<String, String> query, byte[] body)
            throws IOException {
        if ("garbled".equals(id)) {
            send(exchange, 200, "application/json", "<html>not the API</html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("down".equals(id)) {
            problem(exchange, 503, "backend-unavailable", "notification-service is not answering.", List.of());
            return;
        }
        if (!signed(exchange, query.get("sig"))) {
            return;
        }
        Map<String, Object> invitation = invitations.get(id);
        if (invitation == null) {
            problem(exchange, 404, "not-found", "Invitation " + id + " was not found.", List.of());
            return;
        }
        synchronized (this) {
            if (action == null) {
                send(exchange, 200, "application/json", json.writeValueAsBytes(delegateView(invitation)));
            } else if (action.equals("/letter")) {
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"giay-moi.pdf\"");
                send(exchange, 200, "application/pdf", "%PDF-1.4 giấy mời".getBytes(StandardCharsets.UTF_8));
            } else if (action.equals("/calendar")) {
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"hoi-nghi.ics\"");
                send(
                        exchange,
                        200,
                        "text/calendar",
                        ("BEGIN:VCALENDAR\r\nSUMMARY:" + CONFERENCE + "\r\nEND:VCALENDAR\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            } else if (action.equals("/answer")) {
                answerRequest(exchange, invitation, json.readTree(body));
            } else {
                checkIn(
                        exchange,
                        invitation,
                        json.readTree(body).path("presence").asString());
            }
        }
    }

    private void answerRequest(HttpExchange exchange, Map<String, Object> invitation, JsonNode request)
            throws IOException {
        if (!"AWAITING_ANSWER".equals(invitation.get("status"))) {
            problem(
                    exchange,
                    409,
                    "already-answered",
                    "Giấy mời đã được trả lời; liên hệ Văn phòng nếu cần thay đổi.",
                    List.of());
            return;
        }
        String type = request.path("answer").asString();
        boolean quota = "SEAT_QUOTA".equals(invitation.get("kind"));
        List<Map<String, Object>> created = new ArrayList<>();
        switch (type) {
            case "ACCEPT" -> answer(invitation, "ACCEPTED", null);
            case "DECLINE" -> {
                String reason = request.path("reason").asString("");
                if (reason.isBlank()) {
                    problem(
                            exchange,
                            400,
                            "reason-required",
                            "Vui lòng nêu lý do không tham dự.",
                            List.of(error("reason", "reason-required", "Vui lòng nêu lý do không tham dự.")));
                    return;
                }
                answer(invitation, "DECLINED", Map.of("reason", reason));
            }
            case "SUBSTITUTE" -> {
                JsonNode substitute = request.path("substitute");
                if (!substitute.path("email").asString("").contains("@")) {
                    problem(
                            exchange,
                            400,
                            "email-invalid",
                            "Email không hợp lệ.",
                            List.of(error("substitute.email", "email-invalid", "Email không hợp lệ.")));
                    return;
                }
                Map<String, Object> person = person(substitute);
                created.add(person);
                invitation.put("substitute", person);
                Map<String, Object> recorded = new LinkedHashMap<>();
                recorded.put("substituteInvitationId", "sub-1");
                recorded.put("reason", request.path("reason").asString(null));
                answer(invitation, "SUBSTITUTED", recorded);
            }
            case "NAME_DELEGATES" -> {
                List<String> emails = new ArrayList<>();
                int i = 0;
                for (JsonNode nominee : request.path("delegates")) {
                    String email = nominee.path("email").asString("");
                    if (emails.contains(email)) {
                        problem(
                                exchange,
                                400,
                                "duplicate-delegate",
                                "Mỗi đại biểu cần một địa chỉ email riêng.",
                                List.of(error(
                                        "delegates[" + i + "].email",
                                        "duplicate-delegate",
                                        "Mỗi đại biểu cần một địa chỉ email riêng.")));
                        return;
                    }
                    emails.add(email);
                    created.add(person(nominee));
                    i++;
                }
                if (created.size() > (int) invitation.get("seats")) {
                    problem(
                            exchange,
                            400,
                            "too-many-delegates",
                            "Đơn vị được mời 2 đại biểu, không thể cử 3.",
                            List.of(error(
                                    "delegates", "too-many-delegates", "Đơn vị được mời 2 đại biểu, không thể cử 3.")));
                    return;
                }
                invitation.put("delegates", created);
                answer(
                        invitation,
                        "DELEGATES_NAMED",
                        Map.of(
                                "delegateInvitationIds",
                                created.stream()
                                        .map(p -> "named-" + p.get("email"))
                                        .toList()));
            }
            default -> {
                String message = "Vui lòng chọn câu trả lời: tham dự, báo vắng, cử người dự thay hoặc (với đơn vị) cử "
                        + "đại biểu.";
                problem(exchange, 400, "required", message, List.of(error("answer", "required", message)));
                return;
            }
        }
        if (quota && !type.equals("NAME_DELEGATES") && !type.equals("DECLINE")) {
            throw new IllegalStateException("the page offered " + type + " to a seat quota");
        }
        send(
                exchange,
                200,
                "application/json",
                json.writeValueAsBytes(Map.of("invitation", office(invitation), "created", created)));
    }

    private void checkIn(HttpExchange exchange, Map<String, Object> invitation, String presence) throws IOException {
        if (!checkInOpen) {
            problem(
                    exchange,
                    409,
                    "check-in-not-open",
                    "Chỉ điểm danh vào ngày diễn ra hội nghị (08/08/2024).",
                    List.of());
            return;
        }
        if (invitation.get("checkIn") != null) {
            problem(exchange, 409, "already-checked-in", "Đại biểu đã điểm danh.", List.of());
            return;
        }
        invitation.put("checkIn", Map.of("presence", presence, "at", "2024-08-08T07:12:00+07:00", "channel", "LINK"));
        send(exchange, 200, "application/json", json.writeValueAsBytes(office(invitation)));
    }

    private void plan(HttpExchange exchange, String planId, String what, String documentId, Map<String, String> query)
            throws IOException {
        if (!PLAN.equals(planId)) {
            problem(exchange, 404, "not-found", "Plan " + planId + " was not found.", List.of());
            return;
        }
        if (!signed(exchange, query.get("sig"))) {
            return;
        }
        synchronized (this) {
            switch (what) {
                case "invitations" ->
                    send(
                            exchange,
                            200,
                            "application/json",
                            json.writeValueAsBytes(
                                    deskSearch(query.getOrDefault("q", "").toLowerCase())));
                case "attendance" -> send(exchange, 200, "application/json", json.writeValueAsBytes(attendance()));
                case "portal" ->
                    send(exchange, 200, "application/json", json.writeValueAsBytes(portal(query.get("sig"))));
                case "portal/bundle.zip" -> {
                    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"tai-lieu.zip\"");
                    send(exchange, 200, "application/zip", new byte[] {'P', 'K', 5, 6});
                }
                default -> {
                    exchange.getResponseHeaders()
                            .set("Content-Disposition", "attachment; filename=\"" + documentId + ".pdf\"");
                    send(exchange, 200, "application/pdf", ("%PDF-1.4 " + documentId).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private boolean signed(HttpExchange exchange, String sig) throws IOException {
        if ("ok".equals(sig)) {
            return true;
        }
        if ("old".equals(sig)) {
            problem(
                    exchange,
                    410,
                    "link-expired",
                    "Đường dẫn đã hết hạn; vui lòng liên hệ Văn phòng.",
                    List.of(error("sig", "link-expired", "Đường dẫn đã hết hạn; vui lòng liên hệ Văn phòng.")));
        } else {
            problem(exchange, 403, "invalid-link", "Đường dẫn không hợp lệ hoặc đã bị thay đổi.", List.of());
        }
        return false;
    }

    /** notification-service's DelegateView. */
    private Map<String, Object> delegateView(Map<String, Object> invitation) {
        boolean quota = "SEAT_QUOTA".equals(invitation.get("kind"));
        boolean online = (boolean) invitation.get("online");
        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("name", CONFERENCE);
        conference.put("documentNumber", "276/KH-UBND");
        conference.put("issuer", "Ủy ban nhân dân tỉnh Tiền Giang");
        conference.put("issuedOn", "2024-07-18");
        conference.put("issuedOnText", "ngày 18 tháng 7 năm 2024");
        conference.put("format", "IN_PERSON");
        conference.put("time", "7 giờ 30, thứ Năm, ngày 8/8/2024");
        conference.put("exact", true);
        conference.put("start", "2024-08-08T07:30:00+07:00");
        conference.put("end", "2024-08-08T11:15:00+07:00");
        conference.put("place", "Hội trường Ủy ban nhân dân tỉnh Tiền Giang");
        conference.put("chair", "Chủ tịch Ủy ban nhân dân tỉnh");
        conference.put("cancelled", false);
        conference.put(
                "agenda",
                List.of(
                        Map.of(
                                "number",
                                "1",
                                "time",
                                "7 giờ 30 - 8 giờ",
                                "title",
                                "Đón tiếp đại biểu",
                                "presenters",
                                ""),
                        Map.of(
                                "number",
                                "3",
                                "time",
                                "8 giờ 05 - 8 giờ 30",
                                "title",
                                "Báo cáo tóm tắt kết quả chỉ số năm 2023",
                                "presenters",
                                "Sở Nội vụ"),
                        Map.of("number", "10", "title", "Gợi ý thảo luận", "presenters", "")));
        conference.put(
                "bridgePoints",
                List.of(
                        Map.of("code", "TG-HT", "name", "Hội trường tỉnh"),
                        Map.of("code", "MT-CAU", "name", "Điểm cầu thành phố Mỹ Tho")));
        Map<String, Object> mine = new LinkedHashMap<>();
        mine.put("id", invitation.get("id"));
        mine.put("addressee", quota ? invitation.get("unitName") : invitation.get("name"));
        mine.put(
                "salutation",
                quota
                        ? invitation.get("unitName")
                        : "Ông/Bà " + invitation.get("name") + ", " + invitation.get("position") + ", "
                                + invitation.get("unitName"));
        mine.put("kind", invitation.get("kind"));
        mine.put("seats", invitation.get("seats"));
        mine.put("openQuota", invitation.get("openQuota"));
        mine.put(
                "maxDelegates",
                !quota ? 0 : Boolean.TRUE.equals(invitation.get("openQuota")) ? 30 : invitation.get("seats"));
        mine.put("role", invitation.get("position"));
        mine.put("status", invitation.get("status"));
        mine.put("bridgePoint", online ? null : Map.of("code", "TG-HT", "name", "Hội trường tỉnh"));
        mine.put("online", online);
        mine.put("onlineMeetingUrl", online ? "https://meet.example.vn/tg-276" : null);
        mine.put(
                "request",
                quota
                        ? "Đề nghị đơn vị cử " + invitation.get("seats") + " đại biểu tham dự và đăng ký họ tên, "
                                + "chức vụ, email của từng đại biểu trước 7 giờ 30, ngày 7/8/2024."
                        : "Đề nghị Ông/Bà xác nhận tham dự, báo vắng hoặc cử người dự thay trước 7 giờ 30, ngày 7/8/2024.");
        mine.put("answerDeadline", "2024-08-07T07:30:00+07:00");
        mine.put("answerDeadlineText", "trước 7 giờ 30, ngày 7/8/2024");
        mine.put("checkInCode", quota ? null : invitation.get("code"));
        mine.put("answer", invitation.get("answer"));
        mine.put("delegates", invitation.get("delegates"));
        mine.put("substitute", invitation.get("substitute"));
        boolean awaiting = "AWAITING_ANSWER".equals(invitation.get("status"));
        List<String> possible = !awaiting
                ? List.of()
                : quota ? List.of("NAME_DELEGATES", "DECLINE") : List.of("ACCEPT", "DECLINE", "SUBSTITUTE");
        boolean attending = !quota && !List.of("DECLINED", "SUBSTITUTED").contains(invitation.get("status"));
        Map<String, Object> checkIn = new LinkedHashMap<>();
        checkIn.put("open", checkInOpen && attending && invitation.get("checkIn") == null);
        checkIn.put("day", "2024-08-08");
        checkIn.put("dayText", "8/8/2024");
        checkIn.put("record", invitation.get("checkIn"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("conference", conference);
        view.put("invitation", mine);
        view.put("possibleAnswers", possible);
        view.put("readWith", "ANSWER");
        view.put("contact", Map.of("name", "Văn phòng UBND tỉnh Tiền Giang", "phone", "0273 3873 222"));
        view.put("portalUrl", "http://gateway.example/tai-lieu/" + PLAN + "?sig=ok");
        view.put("checkIn", checkIn);
        view.put("calendarAvailable", true);
        view.put("letterAvailable", true);
        view.put("signedPlanUrl", null);
        view.put("unknownFutureField", Map.of("ignored", true));
        return view;
    }

    /** notification-service's DeskSearch. */
    private Map<String, Object> deskSearch(String q) {
        List<Map<String, Object>> found = invitations.values().stream()
                .filter(i -> "PERSONAL".equals(i.get("kind")))
                .filter(i -> String.valueOf(i.get("name")).toLowerCase().contains(q)
                        || q.equalsIgnoreCase(String.valueOf(i.get("code"))))
                .map(i -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", i.get("id"));
                    entry.put("code", i.get("code"));
                    entry.put("name", i.get("name"));
                    entry.put("position", i.get("position"));
                    entry.put("affiliation", i.get("unitName"));
                    entry.put("bridgePointCode", null);
                    entry.put("bridgePointName", null);
                    entry.put("online", i.get("online"));
                    entry.put("status", i.get("status"));
                    entry.put("checkIn", i.get("checkIn"));
                    return entry;
                })
                .toList();
        return Map.of(
                "planId", PLAN, "day", "2024-08-08", "total", found.size(), "offset", 0, "limit", 20, "items", found);
    }

    /** notification-service's InvitationView. */
    private Map<String, Object> office(Map<String, Object> invitation) {
        Map<String, Object> invitee = new LinkedHashMap<>();
        invitee.put("name", invitation.get("name"));
        invitee.put("position", invitation.get("position"));
        invitee.put("unitName", invitation.get("unitName"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", invitation.get("id"));
        view.put("planId", PLAN);
        view.put("kind", invitation.get("kind"));
        view.put("status", invitation.get("status"));
        view.put("invitee", invitee);
        view.put("seats", invitation.get("seats"));
        view.put("online", invitation.get("online"));
        view.put("code", invitation.get("code"));
        view.put("answer", invitation.get("answer"));
        view.put("checkIn", invitation.get("checkIn"));
        return view;
    }

    private Map<String, Object> attendance() {
        List<Map<String, Object>> lines = new ArrayList<>();
        int inPerson = 0;
        int online = 0;
        int waiting = 0;
        for (Map<String, Object> invitation : invitations.values()) {
            if (!"PERSONAL".equals(invitation.get("kind"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> checkIn = (Map<String, Object>) invitation.get("checkIn");
            int here = checkIn != null && "IN_PERSON".equals(checkIn.get("presence")) ? 1 : 0;
            int remote = checkIn != null && "ONLINE".equals(checkIn.get("presence")) ? 1 : 0;
            inPerson += here;
            online += remote;
            waiting += checkIn == null ? 1 : 0;
            lines.add(line(String.valueOf(invitation.get("unitName")), here, remote, checkIn == null ? 1 : 0));
        }
        Map<String, Object> totals = line(null, inPerson, online, waiting);
        return Map.of("planId", PLAN, "totals", totals, "lines", lines);
    }

    private static Map<String, Object> line(String unit, int inPerson, int online, int waiting) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("unitName", unit);
        line.put("bridgePointCode", null);
        line.put("seats", 1);
        line.put("presentInPerson", inPerson);
        line.put("presentOnline", online);
        line.put("absent", 0);
        line.put("notCheckedIn", waiting);
        line.put("unfilledSeats", 0);
        line.put("absences", List.of());
        return line;
    }

    /** documents-service's PortalView: relative paths carrying the same sig. */
    private static Map<String, Object> portal(String sig) {
        String base = "/api/plans/" + PLAN + "/portal";
        return Map.of(
                "planId",
                PLAN,
                "title",
                "Tài liệu hội nghị",
                "lastPublishedAt",
                "2024-08-01T09:00:00+07:00",
                "bundlePath",
                base + "/bundle.zip?sig=" + sig,
                "sections",
                List.of(
                        Map.of(
                                "agendaItemId",
                                "i3",
                                "number",
                                "3",
                                "heading",
                                "3. Báo cáo tóm tắt kết quả chỉ số năm 2023",
                                "start",
                                "2024-08-08T08:05:00+07:00",
                                "materials",
                                List.of(material(
                                        "d1",
                                        "Báo cáo kết quả Chỉ số PAR Index 2023",
                                        "Báo cáo PAR Index.pdf",
                                        "application/pdf",
                                        1_572_864,
                                        "2024-07-30T10:00:00+07:00",
                                        base,
                                        sig))),
                        Map.of(
                                "heading",
                                "Tài liệu chung",
                                "materials",
                                List.of(material(
                                        "d2",
                                        "Chương trình hội nghị",
                                        "Chương trình.docx",
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                        870_400,
                                        "2024-08-01T09:00:00+07:00",
                                        base,
                                        sig)))));
    }

    private static Map<String, Object> material(
            String id,
            String title,
            String fileName,
            String contentType,
            long size,
            String publishedAt,
            String base,
            String sig) {
        Map<String, Object> material = new LinkedHashMap<>();
        material.put("documentId", id);
        material.put("version", 1);
        material.put("title", title);
        material.put("kind", "REPORT");
        material.put("owner", Map.of("code", "TG-SNV", "name", "Sở Nội vụ"));
        material.put("fileName", fileName);
        material.put("contentType", contentType);
        material.put("size", size);
        material.put("sha256", "0".repeat(64));
        material.put("publishedAt", publishedAt);
        material.put("downloadPath", base + "/documents/" + id + "/content?sig=" + sig);
        return material;
    }

    private static Map<String, Object> person(JsonNode nominee) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", nominee.path("name").asString(null));
        person.put("position", nominee.path("position").asString(null));
        person.put("email", nominee.path("email").asString(null));
        String site = nominee.path("bridgePointCode").asString(null);
        person.put(
                "bridgePoint",
                site == null
                        ? null
                        : Map.of(
                                "code",
                                site,
                                "name",
                                site.equals("MT-CAU") ? "Điểm cầu thành phố Mỹ Tho" : "Hội trường tỉnh"));
        person.put("status", "AWAITING_ANSWER");
        return person;
    }

    private static Map<String, Object> error(String field, String rule, String message) {
        return Map.of("field", field, "rule", rule, "message", message);
    }

    private void problem(
            HttpExchange exchange, int status, String rule, String detail, List<Map<String, Object>> errors)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://conference.gov.vn/problems/" + rule);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("rule", rule);
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(problem));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                query.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }
}
