package vn.gov.conference.bench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.conference.bench.stack.Pause;

/**
 * The plans the benchmarks work on, made through the public API as an office would: Đồng Tháp's seed plan
 * (demo-data) moved to a date a few weeks ahead, keeping only the units that exist on that date (district People's
 * Committees ended on 30/6/2025), then submitted and approved.
 */
public final class Plans {

    public static final String PROVINCE = "dong-thap";
    public static final String OFFICE = "dt-office";
    public static final String APPROVER = "dt-approver";
    /** Demo clients of the departments that own material requests in {@link #full()}, by unit code. */
    public static final java.util.Map<String, String> DEPARTMENTS =
            java.util.Map.of("DT-SNV", "dt-snv", "DT-MTTQ", "dt-mttq", "DT-SKHDT", "dt-skhdt", "DT-STTTT", "dt-stttt");

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final Api gateway;
    private final Path repositoryRoot;
    private final OffsetDateTime start;
    private JsonNode seed;
    private Set<String> validUnits;

    public Plans(Api gateway, Path repositoryRoot) {
        this.gateway = gateway;
        this.repositoryRoot = repositoryRoot;
        this.start = OffsetDateTime.now(VIETNAM)
                .plusDays(40)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(8);
    }

    /** The seed plan with every assignment that has deliverables due 10 days before the conference. */
    public ObjectNode full() {
        ObjectNode plan = (ObjectNode) seed().deepCopy();
        ObjectNode participants = (ObjectNode) plan.get("participants");
        keep((ArrayNode) participants.get("groups"), g -> valid(g.get("unit").asString()));
        keep(
                (ArrayNode) participants.get("bridgePoints"),
                b -> valid(b.get("host").asString()));
        ArrayNode assignments = (ArrayNode) plan.get("assignments");
        keep(assignments, a -> valid(a.get("owner").asString()));
        for (JsonNode node : assignments) {
            ObjectNode assignment = (ObjectNode) node;
            keep((ArrayNode) assignment.get("collaborators"), c -> valid(c.asString()));
            if (!assignment.get("deliverables").isEmpty()) {
                assignment.put("dueBefore", start.toLocalDate().minusDays(10).toString());
                assignment.put(
                        "recipient", assignment.get("owner").asString().equals("DT-VPUBND") ? "DT-UBND" : "DT-VPUBND");
            }
        }
        return dated(plan);
    }

    /**
     * A small plan: two invited units (Sở Nội vụ and Mặt trận Tổ quốc, one seat each; Sở Kế hoạch và Đầu tư, merged
     * into Sở Tài chính on 01/3/2025, can no longer be invited) and one report Sở Nội vụ owes the provincial office.
     * Approving it issues two invitations and opens one material request.
     */
    public ObjectNode light() {
        return light(1);
    }

    /** {@link #light()} whose two units get {@code seats} seats each; 0: the plan states no number, invites nobody. */
    public ObjectNode light(int seats) {
        ObjectNode plan = (ObjectNode) seed().deepCopy();
        ObjectNode participants = (ObjectNode) plan.get("participants");
        ArrayNode groups = participants.putArray("groups");
        groups.add(group("snv", "DT-SNV", seats));
        groups.add(group("mttq", "DT-MTTQ", seats));
        participants.putArray("bridgePoints");
        participants.putArray("externalGuests");
        plan.put("format", "IN_PERSON");
        ArrayNode assignments = plan.putArray("assignments");
        ObjectNode report = assignments.addObject();
        report.put("id", "snv-bao-cao");
        report.put("owner", "DT-SNV");
        report.putArray("collaborators");
        report.put("task", "Chuẩn bị Báo cáo kết quả Chỉ số PAR của tỉnh.");
        report.putArray("deliverables").addObject().put("kind", "REPORT").put("title", "Báo cáo Chỉ số PAR");
        report.put("dueBefore", start.toLocalDate().minusDays(10).toString());
        report.put("recipient", "DT-VPUBND");
        ArrayNode distribution = plan.putArray("distribution");
        distribution.addObject().put("text", "Sở Nội vụ").putArray("units").add("DT-SNV");
        return dated(plan);
    }

    private ObjectNode dated(ObjectNode plan) {
        plan.putObject("time").put("start", start.toString());
        ArrayNode indices = plan.putArray("indices");
        indices.addObject().put("code", "PAR").put("year", start.getYear() - 1);
        indices.addObject().put("code", "PAPI").put("year", start.getYear() - 1);
        return plan;
    }

    private static ObjectNode group(String id, String unit, int seats) {
        ObjectNode group = Json.object();
        group.put("id", id).put("level", "PROVINCE").put("unit", unit).put("role", "Đại diện lãnh đạo");
        if (seats > 0) {
            group.put("count", seats);
        } else {
            group.putNull("count");
        }
        group.putNull("bridgePoint");
        return group;
    }

    /** Creates, submits and approves the plan; returns its id. */
    public String createApproved(ObjectNode body) {
        String id = create(body);
        gateway.postJson("/api/plans/" + id + "/submit", OFFICE, null).requireOk("Submitting plan " + id);
        approve(id);
        return id;
    }

    public String create(ObjectNode body) {
        return gateway.postJson("/api/plans", OFFICE, Json.write(body))
                .requireOk("Creating a plan")
                .json()
                .get("id")
                .asString();
    }

    public void submit(String id) {
        gateway.postJson("/api/plans/" + id + "/submit", OFFICE, null).requireOk("Submitting plan " + id);
    }

    public Response approve(String id) {
        return gateway.postJson("/api/plans/" + id + "/approve", APPROVER, "{}").requireOk("Approving plan " + id);
    }

    /** The plan's material requests once documents-service has opened {@code expected} of them. */
    public List<JsonNode> awaitMaterialRequests(String planId, int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            // A bench plan opens one or two requests: the first page of 100 holds them all.
            Response response = gateway.get("/api/plans/" + planId + "/material-requests?size=100", OFFICE);
            List<JsonNode> open = new ArrayList<>();
            String lastAnswer = response.ok() ? "" : "; the last answer was " + response.describe();
            if (response.ok()) {
                response.json().get("items").forEach(request -> {
                    if ("OPEN".equals(request.get("status").asString())) {
                        open.add(request);
                    }
                });
            }
            if (open.size() >= expected) {
                return open;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Plan " + planId + " has " + open.size() + " open material requests"
                        + " after " + timeout.toSeconds() + " s, expected " + expected + lastAnswer);
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    /** Waits until notification-service has issued the approved plan's invitations. */
    public void awaitInvitations(String planId, int expected, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Response response = gateway.get("/api/plans/" + planId + "/invitations", OFFICE);
            if (response.ok() && response.json().get("total").asInt() >= expected) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Plan " + planId + ": invitations not issued after "
                        + timeout.toSeconds() + " s (" + response.describe() + ")");
            }
            Pause.of(Duration.ofMillis(200));
        }
    }

    public LocalDate conferenceDay() {
        return start.toLocalDate();
    }

    private JsonNode seed() {
        if (seed == null) {
            try {
                seed = Json.read(Files.readString(repositoryRoot.resolve("demo-data/plans/dong-thap-2021.json")));
            } catch (IOException e) {
                throw new UncheckedIOException("The benchmarks build their plans from demo-data", e);
            }
        }
        return seed;
    }

    private boolean valid(String unit) {
        if (validUnits == null) {
            Set<String> codes = new HashSet<>();
            for (int page = 0; ; page++) {
                JsonNode units = gateway.get(
                                "/api/reference/units?province=" + PROVINCE + "&on=" + start.toLocalDate()
                                        + "&size=100&page=" + page,
                                OFFICE)
                        .requireOk("Reading the reference units")
                        .json();
                units.get("items").forEach(u -> codes.add(u.get("code").asString()));
                if ((long) (page + 1) * 100 >= units.get("total").asLong()) {
                    break;
                }
            }
            validUnits = codes;
        }
        return validUnits.contains(unit);
    }

    private static void keep(ArrayNode array, Predicate<JsonNode> keep) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (!keep.test(array.get(i))) {
                array.remove(i);
            }
        }
    }
}
