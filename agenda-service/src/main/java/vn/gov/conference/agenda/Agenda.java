package vn.gov.conference.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.agenda.programme.AgendaForm;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.revision.Changelog;
import vn.gov.conference.agenda.revision.PublishedSlot;
import vn.gov.conference.agenda.room.Booking;
import vn.gov.conference.agenda.room.RoomKey;
import vn.gov.conference.agenda.timing.Timeline;
import vn.gov.conference.agenda.timing.TimingEngine;
import vn.gov.conference.agenda.timing.TimingWarning;
import vn.gov.conference.agenda.timing.VietnameseClock;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * A plan's agenda (Chương trình hội nghị): its content, what it knows of the plan, and its published revisions.
 * It exists as soon as plan-service announces the plan. Until it is published it is a draft the office edits freely;
 * publishing it (once the plan is approved and its date fixed) announces {@code AgendaPublished}, and from then on
 * every change, whether the office's edit or the plan moving, is a new revision announcing {@code AgendaRevised} with
 * the items whose time or presenters changed. It raises {@link AgendaEvent}s; the platform stages their published
 * form ({@link AgendaContracts}) into its {@code outbox} as it is saved, with the state that raised them.
 */
@Document("agendas")
public class Agenda extends AggregateRoot<AgendaEvent> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/M/yyyy");

    @Id
    private String planId;

    private String province;
    private PlanFacts plan;
    private AgendaForm programme;
    private List<Revision> revisions = new ArrayList<>();

    @Version
    private Long version;

    private Agenda() {}

    private Agenda(String planId, String province, PlanFacts plan) {
        this.planId = planId;
        this.province = province;
        this.plan = plan;
        this.programme = AgendaForm.of(Programme.empty());
    }

    static Agenda drafted(String planId, String province, String title) {
        return new Agenda(planId, province, PlanFacts.drafted(title));
    }

    static Agenda approved(String planId, String province, PlanFacts facts) {
        return new Agenda(planId, province, facts);
    }

    /**
     * Takes in what plan-service says now about the plan, unless an event about a later version of it came first.
     * A published agenda whose times move with the plan gets a new revision.
     *
     * @return whether anything changed
     */
    boolean learn(PlanFacts facts, Instant now) {
        if (facts.version() < plan.version() || facts.equals(plan)) {
            return false;
        }
        PlanFacts before = plan;
        plan = facts;
        if (isPublished() && !Objects.equals(before.start(), facts.start())) {
            replan(now);
        }
        return true;
    }

    boolean schedule(int planVersion, Instant start, String room, String address, Instant now) {
        return planVersion >= plan.version() && learn(plan.scheduled(planVersion, start, room, address), now);
    }

    /** The plan was cancelled: the agenda stays readable but is withdrawn, and its room released. */
    boolean withdraw(int planVersion) {
        if (planVersion < plan.version() || plan.cancelled()) {
            return false;
        }
        plan = plan.cancelled(planVersion);
        return true;
    }

    /**
     * Replaces the agenda's content. Before publication that is all; afterwards an actual change becomes the next
     * revision, refused when it would publish two things in one minute.
     *
     * @return whether anything changed
     */
    boolean edit(Programme content, String by, Instant now) {
        if (plan.cancelled()) {
            throw new AgendaConflictException(
                    "plan-cancelled", "The plan was cancelled; its agenda can no longer change.");
        }
        AgendaForm form = AgendaForm.of(content);
        if (form.equals(programme)) {
            return false;
        }
        if (!isPublished()) {
            programme = form;
            return true;
        }
        Timeline timeline = TimingEngine.compute(content, plan.clock().orElse(null));
        refuseBlocking(timeline);
        programme = form;
        revise(timeline, by, now, "");
        return true;
    }

    void publish(String by, Instant now) {
        if (plan.cancelled()) {
            throw new AgendaConflictException(
                    "plan-cancelled", "The plan was cancelled; its agenda cannot be published.");
        }
        if (isPublished()) {
            throw new AgendaConflictException(
                    "already-published",
                    "The agenda is published (revision " + revision()
                            + "); every change to it is now published as a new revision.");
        }
        if (!plan.approved()) {
            throw new AgendaConflictException("plan-not-approved", "An agenda is published once its plan is approved.");
        }
        LocalDate day = plan.day()
                .orElseThrow(() -> new AgendaConflictException(
                        "date-not-fixed",
                        "The conference date is still tentative (" + plan.timeLabel()
                                + "); publish once it is fixed."));
        Programme content = programme();
        if (content.isEmpty()) {
            throw new AgendaConflictException("agenda-empty", "An agenda without items cannot be published.");
        }
        Timeline timeline = timeline();
        refuseBlocking(timeline);
        List<PublishedSlot> slots = PublishedSlot.of(timeline, day, VietnamTime.ZONE);
        Revision first = new Revision(
                1,
                now,
                by,
                "Công bố chương trình.",
                programme,
                sessionStart(timeline, day),
                sessionEnd(timeline, day),
                slots,
                List.of());
        revisions.add(first);
        raise(new AgendaEvent.Published(first, now));
    }

    /** The plan's time moved under a published agenda: a revision says what moved, nobody can refuse it. */
    private void replan(Instant now) {
        if (plan.day().isEmpty()) {
            return;
        }
        Timeline timeline = timeline();
        String when = VietnameseClock.time(plan.clock().orElseThrow()) + ", ngày "
                + DAY.format(plan.day().get());
        revise(timeline, "plan-service", now, "Hội nghị chuyển sang " + when + ". ");
    }

    private void revise(Timeline timeline, String by, Instant now, String reason) {
        LocalDate day = plan.day()
                .orElseThrow(() -> new AgendaConflictException(
                        "date-not-fixed",
                        "The conference date is no longer fixed; the published agenda cannot change until it is."));
        List<PublishedSlot> slots = PublishedSlot.of(timeline, day, VietnamTime.ZONE);
        Changelog changelog = Changelog.between(latest().slots(), slots);
        int number = revision() + 1;
        Revision next = new Revision(
                number,
                now,
                by,
                "Cập nhật lần " + (number - 1) + ": " + reason + changelog.describe(),
                programme,
                sessionStart(timeline, day),
                sessionEnd(timeline, day),
                slots,
                changelog.changes());
        revisions.add(next);
        raise(new AgendaEvent.Revised(next, now));
    }

    private static void refuseBlocking(Timeline timeline) {
        List<TimingWarning> blocking = timeline.blockingWarnings();
        if (!blocking.isEmpty()) {
            throw new AgendaConflictException(
                    "timing-conflicts",
                    "A published agenda cannot promise two things at once: "
                            + blocking.stream().map(TimingWarning::message).collect(Collectors.joining(" ")));
        }
    }

    private static Instant sessionStart(Timeline timeline, LocalDate day) {
        return timeline.session().startOn(day).atZone(VietnamTime.ZONE).toInstant();
    }

    private static Instant sessionEnd(Timeline timeline, LocalDate day) {
        return timeline.session().endOn(day).atZone(VietnamTime.ZONE).toInstant();
    }

    /**
     * The room this conference holds: from its agenda's first to last minute on the conference day, or for
     * {@code withoutTimes} from the plan's start while the agenda has no clock times. Only an approved plan with a
     * fixed date and a named room holds one.
     */
    Optional<Booking> booking(Duration withoutTimes) {
        if (!plan.approved()
                || plan.start() == null
                || plan.room() == null
                || plan.room().isBlank()) {
            return Optional.empty();
        }
        LocalDate day = plan.day().orElseThrow();
        Timeline timeline = timeline();
        Instant start = plan.start();
        Instant end = start.plus(withoutTimes);
        if (timeline.anchored() && !timeline.total().isZero()) {
            start = sessionStart(timeline, day);
            end = sessionEnd(timeline, day);
        }
        return Optional.of(new Booking(
                planId,
                province,
                plan.title(),
                RoomKey.of(plan.room(), plan.address()),
                plan.room(),
                plan.address(),
                start,
                end));
    }

    public Timeline timeline() {
        return TimingEngine.compute(programme(), plan.clock().orElse(null));
    }

    public Programme programme() {
        return programme.toProgramme();
    }

    public AgendaForm form() {
        return programme;
    }

    public boolean isPublished() {
        return !revisions.isEmpty();
    }

    public int revision() {
        return revisions.size();
    }

    public Revision latest() {
        return revisions.getLast();
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public String planId() {
        return planId;
    }

    public String province() {
        return province;
    }

    public PlanFacts plan() {
        return plan;
    }

    public Long version() {
        return version;
    }
}
