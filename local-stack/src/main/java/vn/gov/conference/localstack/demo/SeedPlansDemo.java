package vn.gov.conference.localstack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import vn.gov.conference.localstack.DemoData;
import vn.gov.conference.localstack.StackAddresses;

/**
 * {@code ./run.sh --demo}: the two seed plans of {@code demo-data/}, through the gateway only, as their offices and
 * approvers would enter them. Tiền Giang's plan 276/KH-UBND is drafted, its agenda written, the TG-UBND register for
 * 2024 set to 276, submitted, approved as of 18/7/2024, scheduled for 07:30 on 08/8/2024 and its agenda published;
 * Đồng Tháp's online conference is drafted with its agenda, submitted, approved (its time is exact, so it is
 * scheduled at once) and its agenda published. The approvals start the rest: invitations and their emails, material
 * requests.
 *
 * <p>The story is set on the morning of 26/7/2024 ({@link #clock()}): Tiền Giang's draft speeches were due before
 * 25/7 and are overdue, its reports are due before 30/7. Each step looks at where the plan stands first, so a
 * restart with {@code --demo} finds the plans again and completes what is missing instead of adding copies.
 */
public final class SeedPlansDemo implements DemoData {

    /** The morning after Tiền Giang's draft-speech deadline, before its report deadline. */
    public static final OffsetDateTime CLOCK = OffsetDateTime.parse("2024-07-26T08:00+07:00");
    /** When Tiền Giang's approver schedules the conference: the agenda's first item, after every deadline. */
    static final OffsetDateTime TIEN_GIANG_START = OffsetDateTime.parse("2024-08-08T07:30+07:00");

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private record Seed(
            String name,
            String province,
            String planFile,
            String agendaFile,
            String office,
            String approver,
            Map<String, Object> approval,
            String register) {}

    private static final Seed TIEN_GIANG = new Seed(
            "Tiền Giang",
            "tien-giang",
            "plans/tien-giang-276.json",
            "agendas/tien-giang-276.json",
            "tg-office",
            "tg-approver",
            Map.of("issuedOn", "2024-07-18"),
            "/api/registers/TG-UBND/2024");
    /** The seed leaves the day of June 2021 blank; the loader signs it on the 28th. */
    private static final Seed DONG_THAP = new Seed(
            "Đồng Tháp",
            "dong-thap",
            "plans/dong-thap-2021.json",
            "agendas/dong-thap-2021.json",
            "dt-office",
            "dt-approver",
            Map.of("issuedOn", "2021-06-28"),
            null);

    private final Path demoFolder;

    /** For {@link java.util.ServiceLoader}; {@link #forRepository(Path)} points it at the checkout. */
    public SeedPlansDemo() {
        this(Path.of("").toAbsolutePath());
    }

    private SeedPlansDemo(Path repositoryRoot) {
        this.demoFolder = repositoryRoot.resolve("demo-data");
    }

    @Override
    public DemoData forRepository(Path repositoryRoot) {
        return new SeedPlansDemo(repositoryRoot);
    }

    @Override
    public Optional<OffsetDateTime> clock() {
        return Optional.of(CLOCK);
    }

    @Override
    public String load(StackAddresses addresses) {
        DemoApi api = new DemoApi(addresses.gatewayUrl());
        String tienGiang = load(api, TIEN_GIANG);
        String dongThap = load(api, DONG_THAP);
        return tienGiang + "; " + dongThap + ". Walk through them with docs/demo.md.";
    }

    private String load(DemoApi api, Seed seed) {
        JsonNode request = read(seed.planFile());
        String id = find(api, seed, request.get("title").asString())
                .orElseGet(() -> api.post(seed.office(), "/api/plans", request)
                        .require("Drafting the plan")
                        .get("id")
                        .asString());
        writeAgenda(api, seed, id);
        JsonNode plan = plan(api, seed, id);
        if (status(plan).equals("DRAFT")) {
            plan = api.post(seed.office(), "/api/plans/" + id + "/submit", Map.of())
                    .require("Submitting");
        }
        if (status(plan).equals("SUBMITTED")) {
            if (seed.register() != null) {
                openRegisterAt276(api, seed);
            }
            plan = api.post(seed.approver(), "/api/plans/" + id + "/approve", seed.approval())
                    .require("Approving");
        }
        if (seed == TIEN_GIANG && status(plan).equals("APPROVED")) {
            plan = api.post(
                            seed.approver(),
                            "/api/plans/" + id + "/schedule",
                            Map.of("start", TIEN_GIANG_START.toString()))
                    .require("Scheduling");
        }
        int revision = publishAgenda(api, seed, id);
        int invitations = awaitInvitations(api, seed, id);
        OffsetDateTime start =
                OffsetDateTime.parse(plan.get("time").get("start").asString());
        return seed.name() + " " + plan.get("documentNumber").asString() + " (plan " + id + ", "
                + SHOWN.format(start) + ", agenda revision " + revision + " published, " + invitations
                + " invitations)";
    }

    private static Optional<String> find(DemoApi api, Seed seed, String title) {
        JsonNode page = api.get(
                        seed.office(),
                        "/api/plans?province=" + seed.province() + "&size=100&q=" + DemoApi.encode(title))
                .require("Looking for the plan");
        for (JsonNode item : page.get("items")) {
            if (item.get("title").asString().equals(title)
                    && !item.get("status").asString().equals("CANCELLED")) {
                return Optional.of(item.get("id").asString());
            }
        }
        return Optional.empty();
    }

    /** agenda-service learns of the plan from PlanDrafted; until then the agenda is not there to write. */
    private void writeAgenda(DemoApi api, Seed seed, String planId) {
        JsonNode agenda = read(seed.agendaFile());
        await("the agenda of " + seed.name() + " to be writable", () -> {
            DemoApi.Answer answer = api.put(seed.office(), "/api/plans/" + planId + "/agenda", agenda);
            return answer.status() == 404 ? null : answer.require("Writing the agenda");
        });
    }

    /** The Tiền Giang plan is number 276 of its issuer's register for 2024, so the register must stand there. */
    private static void openRegisterAt276(DemoApi api, Seed seed) {
        JsonNode register = api.get(seed.office(), seed.register()).require("Reading the register");
        if (register.get("nextNumber").asInt() < 276) {
            api.put(seed.office(), seed.register(), Map.of("nextNumber", 276)).require("Setting the register");
        }
    }

    /** Publication waits for agenda-service to know that the plan is approved and when it takes place. */
    private static int publishAgenda(DemoApi api, Seed seed, String planId) {
        return await("the agenda of " + seed.name() + " to be published", () -> {
            DemoApi.Answer answer = api.post(seed.office(), "/api/plans/" + planId + "/agenda/publish", Map.of());
            if (answer.ok() || answer.rule().equals("already-published")) {
                return api.get(seed.office(), "/api/plans/" + planId + "/agenda")
                        .require("Reading the agenda")
                        .get("revision")
                        .asInt();
            }
            if (answer.rule().equals("plan-not-approved") || answer.rule().equals("date-not-fixed")) {
                return null;
            }
            throw new IllegalStateException("Publishing the agenda answered " + answer.status() + ": " + answer.body());
        });
    }

    /** notification-service announces how many it issued once it has issued them all; readiness counts that. */
    private static int awaitInvitations(DemoApi api, Seed seed, String planId) {
        return await("the invitations of " + seed.name(), () -> {
            int issued = api.get(seed.office(), "/api/plans/" + planId + "/readiness")
                    .require("Readiness")
                    .get("invitations")
                    .get("issued")
                    .asInt();
            return issued == 0 ? null : issued;
        });
    }

    private static JsonNode plan(DemoApi api, Seed seed, String id) {
        return api.get(seed.office(), "/api/plans/" + id).require("Reading the plan");
    }

    private static String status(JsonNode plan) {
        return plan.get("status").asString();
    }

    private JsonNode read(String file) {
        Path path = demoFolder.resolve(file);
        try {
            return DemoApi.JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + path, e);
        }
    }

    /** Asks again every half second until {@code attempt} gives an answer (not null). */
    private static <T> T await(String what, Supplier<T> attempt) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Gave up waiting for " + what + " after " + PATIENCE.toSeconds() + " s.");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
