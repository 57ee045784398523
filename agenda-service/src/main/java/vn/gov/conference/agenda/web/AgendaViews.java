package vn.gov.conference.agenda.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.agenda.Agenda;
import vn.gov.conference.agenda.PlanFacts;
import vn.gov.conference.agenda.Revision;
import vn.gov.conference.agenda.programme.AgendaForm;
import vn.gov.conference.agenda.programme.AgendaForm.PresenterForm;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.revision.SlotChange;
import vn.gov.conference.agenda.room.Booking;
import vn.gov.conference.agenda.room.RoomConflict;
import vn.gov.conference.agenda.timing.ContributionSlot;
import vn.gov.conference.agenda.timing.ItemSlot;
import vn.gov.conference.agenda.timing.Span;
import vn.gov.conference.agenda.timing.Timeline;
import vn.gov.conference.agenda.timing.TimingWarning;
import vn.gov.conference.platform.time.VietnamTime;

/** What the agenda endpoints answer, built from the domain. */
final class AgendaViews {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaViews() {}

    /**
     * The agenda as {@code PUT} takes it, with where it stands around it: {@code status} DRAFT (never published),
     * PUBLISHED or WITHDRAWN (the plan was cancelled), and the revision delegates last received.
     */
    record AgendaView(
            String planId,
            String province,
            String status,
            int revision,
            @Nullable OffsetDateTime revisedAt,
            PlanView plan,
            @JsonUnwrapped @Nullable AgendaForm agenda) {

        static AgendaView of(Agenda agenda) {
            String status = agenda.plan().cancelled() ? "WITHDRAWN" : agenda.isPublished() ? "PUBLISHED" : "DRAFT";
            return new AgendaView(
                    agenda.planId(),
                    agenda.province(),
                    status,
                    agenda.revision(),
                    agenda.isPublished() ? local(agenda.latest().at()) : null,
                    PlanView.of(agenda.plan()),
                    agenda.form());
        }
    }

    record PlanView(
            String title,
            @Nullable String documentNumber,
            String status,
            @Nullable OffsetDateTime start,
            @Nullable String time,
            @Nullable String venue) {

        static PlanView of(PlanFacts plan) {
            return new PlanView(
                    plan.title(),
                    plan.documentNumber(),
                    plan.status().name(),
                    local(plan.start()),
                    plan.timeLabel(),
                    plan.venue());
        }
    }

    /**
     * The computed agenda. Clock times ({@code from}, {@code to}) are there once the session start is known, date-times
     * ({@code start}, {@code end}) once the conference date is too; an item without time has neither.
     */
    record TimelineView(
            String planId,
            int revision,
            @Nullable LocalDate date,
            boolean anchored,
            @Nullable String sessionStart,
            @Nullable String sessionEnd,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            long totalMinutes,
            long idleMinutes,
            Map<String, Long> minutesByKind,
            List<SlotView> items,
            List<WarningView> warnings,
            List<RoomConflictView> roomConflicts) {

        static TimelineView of(Agenda agenda, List<RoomConflict> conflicts) {
            Timeline timeline = agenda.timeline();
            LocalDate day = agenda.plan().day().orElse(null);
            Map<String, Long> byKind = new TreeMap<>();
            timeline.timeByKind().forEach((kind, length) -> byKind.put(kind.name(), length.toMinutes()));
            Span session = timeline.session();
            boolean anchored = timeline.anchored();
            return new TimelineView(
                    agenda.planId(),
                    agenda.revision(),
                    day,
                    anchored,
                    anchored ? clock(session.start()) : null,
                    anchored ? clock(session.end()) : null,
                    dated(session.startMinute(), day, anchored),
                    dated(session.endMinute(), day, anchored),
                    timeline.total().toMinutes(),
                    timeline.idle().toMinutes(),
                    byKind,
                    timeline.slots().stream()
                            .map(slot -> SlotView.of(slot, day, anchored))
                            .toList(),
                    timeline.warnings().stream().map(WarningView::of).toList(),
                    conflicts.stream().map(RoomConflictView::of).toList());
        }
    }

    record SlotView(
            String id,
            @Nullable String number,
            String kind,
            String content,
            List<PresenterForm> presenters,
            String basis,
            long minutes,
            @Nullable String from,
            @Nullable String to,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            List<TurnView> contributions) {

        static SlotView of(ItemSlot slot, LocalDate day, boolean anchored) {
            boolean clock = anchored && slot.timed();
            Span span = slot.span();
            return new SlotView(
                    slot.item().id(),
                    slot.number(),
                    slot.item().kind().name(),
                    slot.item().content(),
                    forms(slot.item().presenters()),
                    slot.basis().name(),
                    span.length().toMinutes(),
                    clock ? clock(span.start()) : null,
                    clock ? clock(span.end()) : null,
                    clock ? dated(span.startMinute(), day, true) : null,
                    clock ? dated(span.endMinute(), day, true) : null,
                    slot.contributions().stream()
                            .map(turn -> TurnView.of(turn, day, anchored))
                            .toList());
        }
    }

    record TurnView(
            String id,
            @Nullable String number,
            String content,
            List<PresenterForm> presenters,
            @Nullable Long minutes,
            @Nullable String from,
            @Nullable String to,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {

        static TurnView of(ContributionSlot turn, LocalDate day, boolean anchored) {
            Span span = turn.span();
            boolean clock = anchored && span != null;
            return new TurnView(
                    turn.contribution().id(),
                    turn.number(),
                    turn.contribution().content(),
                    forms(turn.contribution().presenters()),
                    span == null ? null : span.length().toMinutes(),
                    clock ? clock(span.start()) : null,
                    clock ? clock(span.end()) : null,
                    clock ? dated(span.startMinute(), day, true) : null,
                    clock ? dated(span.endMinute(), day, true) : null);
        }
    }

    record WarningView(
            String code,
            @Nullable String itemId,
            @Nullable String otherItemId,
            int minutes,
            boolean blocksPublication,
            String message) {

        static WarningView of(TimingWarning warning) {
            return new WarningView(
                    warning.code().name(),
                    warning.itemId(),
                    warning.otherItemId(),
                    warning.minutes(),
                    warning.blocksPublication(),
                    warning.message());
        }
    }

    /** Another conference of the province holding the same room at an overlapping time. */
    record RoomConflictView(
            String planId,
            @Nullable String title,
            String room,
            OffsetDateTime start,
            OffsetDateTime end,
            long sharedMinutes) {

        static RoomConflictView of(RoomConflict conflict) {
            Booking other = conflict.other();
            return new RoomConflictView(
                    other.planId(),
                    other.title(),
                    other.roomName(),
                    local(other.start()),
                    local(other.end()),
                    conflict.shared().toMinutes());
        }
    }

    record RevisionView(
            int revision,
            OffsetDateTime at,
            @Nullable String by,
            @Nullable String summary,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            List<ChangeView> changes) {

        static RevisionView of(Revision revision) {
            return new RevisionView(
                    revision.number(),
                    local(revision.at()),
                    revision.by(),
                    revision.summary(),
                    local(revision.sessionStart()),
                    local(revision.sessionEnd()),
                    revision.changes().stream().map(ChangeView::of).toList());
        }
    }

    record ChangeView(
            String itemId,
            @Nullable String title,
            List<PresenterForm> presenters,
            @Nullable OffsetDateTime previousStart,
            @Nullable OffsetDateTime previousEnd,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            boolean timeChanged,
            boolean presentersChanged) {

        static ChangeView of(SlotChange change) {
            return new ChangeView(
                    change.itemId(),
                    change.title(),
                    forms(change.presenters()),
                    local(change.previousStart()),
                    local(change.previousEnd()),
                    local(change.start()),
                    local(change.end()),
                    change.timeChanged(),
                    change.presentersChanged());
        }
    }

    private static List<PresenterForm> forms(List<Presenter> presenters) {
        return presenters.stream()
                .map(p -> new PresenterForm(p.unitCode(), p.name()))
                .toList();
    }

    private static String clock(LocalTime time) {
        return CLOCK.format(time);
    }

    private static OffsetDateTime dated(int minute, LocalDate day, boolean anchored) {
        return day == null || !anchored
                ? null
                : day.atStartOfDay()
                        .plusMinutes(minute)
                        .atZone(VietnamTime.ZONE)
                        .toOffsetDateTime();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : VietnamTime.at(instant);
    }
}
