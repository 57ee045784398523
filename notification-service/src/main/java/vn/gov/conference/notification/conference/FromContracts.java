package vn.gov.conference.notification.conference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.ItemChange;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.contracts.plan.IndexUnderReview;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.contracts.plan.Venue;

/** Maps the published plan and agenda contracts to this service's own slim copy, at the boundary. */
public final class FromContracts {

    private FromContracts() {}

    public static ConferenceDetails details(PlanSnapshot plan) {
        var time = plan.time();
        return new ConferenceDetails(
                plan.title(),
                plan.documentNumber(),
                plan.issuedOn(),
                plan.issuingBody() == null ? null : plan.issuingBody().name(),
                plan.province() == null ? null : plan.province().name(),
                plan.format() == null
                        ? null
                        : ConferenceDetails.Format.valueOf(plan.format().name()),
                place(plan.venue()),
                time == null ? null : time.start(),
                time == null ? null : time.label(),
                time == null ? null : time.windowStart(),
                time == null ? null : time.windowEnd(),
                plan.chair(),
                indices(plan.indices()),
                plan.bridgePoints() == null
                        ? List.of()
                        : plan.bridgePoints().stream()
                                .map(bp -> new BridgeSite(bp.code(), bp.name(), bp.expectedAttendance()))
                                .toList(),
                plan.replacesInvitationLetter(),
                plan.signer(),
                plan.signerTitle());
    }

    public static Place place(Venue venue) {
        return venue == null ? null : new Place(venue.room(), venue.address(), venue.onlineMeetingUrl());
    }

    /** "PAR Index, SIPAS, PAPI năm 2023": indices grouped by the year under review. */
    static List<String> indices(List<IndexUnderReview> indices) {
        if (indices == null) {
            return List.of();
        }
        Map<Integer, List<String>> byYear = new LinkedHashMap<>();
        indices.forEach(index ->
                byYear.computeIfAbsent(index.year(), y -> new ArrayList<>()).add(index.code()));
        return byYear.entrySet().stream()
                .map(entry -> String.join(", ", entry.getValue()) + " năm " + entry.getKey())
                .toList();
    }

    public static List<AgendaLine> agenda(List<Slot> slots) {
        if (slots == null) {
            return List.of();
        }
        return slots.stream()
                .map(slot -> new AgendaLine(
                        slot.itemId(),
                        slot.number(),
                        slot.title(),
                        presenters(slot.presenters()),
                        slot.start(),
                        slot.end()))
                .toList();
    }

    public static List<AgendaMove> moves(List<ItemChange> changes) {
        if (changes == null) {
            return List.of();
        }
        return changes.stream()
                .filter(change -> change.timeChanged() || change.presentersChanged())
                .map(change -> new AgendaMove(
                        change.itemId(),
                        change.title(),
                        change.presenters() == null
                                ? List.of()
                                : change.presenters().stream()
                                        .map(UnitRef::code)
                                        .filter(Objects::nonNull)
                                        .collect(Collectors.toList()),
                        change.previousStart(),
                        change.previousEnd(),
                        change.start(),
                        change.end()))
                .toList();
    }

    private static List<AgendaLine.Presenter> presenters(List<UnitRef> units) {
        return units == null
                ? List.of()
                : units.stream()
                        .map(unit -> new AgendaLine.Presenter(unit.code(), unit.name()))
                        .toList();
    }
}
