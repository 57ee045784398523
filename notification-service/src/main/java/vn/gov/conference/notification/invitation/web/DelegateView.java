package vn.gov.conference.notification.invitation.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.notification.conference.AgendaLine;
import vn.gov.conference.notification.conference.BridgeSite;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.ConferenceDetails;
import vn.gov.conference.notification.directory.UnitContact;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.invitation.InvitationWording;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * What a delegate sees through a signed link, in one answer so that the invitation page needs one call: the
 * conference (in Vietnamese, as the letter states it), their invitation and what it asks by when, the answer it
 * recorded (the delegates a unit named, the substitute), whom to ask to change it, the portal once materials are
 * published, and whether check-in is open. {@code readWith} says which link opened it: the check-in link reads
 * but cannot answer. {@code letterAvailable}: the Giấy mời can be downloaded ({@code /api/invitations/{id}/letter}
 * with the same sig); where the plan replaces it, {@code signedPlanUrl} opens the signed plan once attached.
 */
record DelegateView(
        ConferencePart conference,
        InvitationPart invitation,
        List<String> possibleAnswers,
        String readWith,
        Contact contact,
        @Nullable String portalUrl,
        CheckInPart checkIn,
        boolean calendarAvailable,
        boolean letterAvailable,
        @Nullable String signedPlanUrl) {

    record ConferencePart(
            String name,
            @Nullable String documentNumber,
            String issuer,
            @Nullable LocalDate issuedOn,
            @Nullable String issuedOnText,
            boolean replacesInvitationLetter,
            ConferenceDetails.@Nullable Format format,
            @Nullable String time,
            boolean exact,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            @Nullable String place,
            @Nullable String chair,
            List<String> indices,
            boolean cancelled,
            @Nullable String cancellationReason,
            List<AgendaItem> agenda,
            List<Site> bridgePoints) {}

    record AgendaItem(
            @Nullable String number,
            @Nullable String time,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            String title,
            String presenters) {}

    /** A bridge point ("điểm cầu"). */
    record Site(String code, String name) {}

    record InvitationPart(
            String id,
            String addressee,
            String salutation,
            Invitation.Kind kind,
            int seats,
            boolean openQuota,
            int maxDelegates,
            @Nullable String role,
            Invitation.Status status,
            @Nullable Site bridgePoint,
            boolean online,
            @Nullable String onlineMeetingUrl,
            String request,
            @Nullable OffsetDateTime answerDeadline,
            @Nullable String answerDeadlineText,
            @Nullable String checkInCode,
            @Nullable Answer answer,
            List<Person> delegates,
            @Nullable Person substitute) {}

    /** A delegate a unit named, or a substitute, as their own invitation now stands. */
    record Person(
            String invitationId,
            @Nullable String name,
            @Nullable String position,
            @Nullable String email,
            @Nullable Site bridgePoint,
            Invitation.Status status) {}

    /** Whom to ask to change an answer: the organising office, with its address and phone where the directory has them. */
    record Contact(
            String name,
            @Nullable String department,
            @Nullable String email,
            @Nullable String phone) {}

    /** Whether the delegate can check in now (on the conference's day, not yet checked in) and what was recorded. */
    record CheckInPart(
            boolean open,
            @Nullable LocalDate day,
            @Nullable String dayText,
            @Nullable CheckIn record) {}

    static DelegateView of(
            Conference conference,
            Invitation invitation,
            DelegateAccess.Reader reader,
            Map<String, Invitation> related,
            UnitContact office,
            String portalUrl,
            String signedPlanUrl,
            LocalDate today) {
        ConferenceDetails plan = conference.details();
        List<AgendaItem> agenda =
                conference.agenda().stream().map(DelegateView::item).toList();
        List<Site> sites = plan.bridgeSites().size() > 1
                ? plan.bridgeSites().stream()
                        .map(site -> new Site(site.code(), site.name()))
                        .toList()
                : List.of();
        ConferencePart part = new ConferencePart(
                plan.name(),
                plan.documentNumber(),
                plan.issuerName(),
                plan.issuedOn(),
                plan.issuedOn() == null ? null : VietnameseDates.documentDate(plan.issuedOn()),
                plan.replacesInvitationLetter(),
                plan.format(),
                plan.timeText(),
                conference.exact(),
                conference.start().orElse(null),
                conference.end().orElse(null),
                plan.venue().text(),
                plan.chair(),
                plan.indices(),
                conference.cancelled(),
                conference.cancellationReason(),
                agenda,
                sites);

        boolean quota = invitation.kind() == Invitation.Kind.SEAT_QUOTA;
        Answer answer = invitation.answer();
        List<Person> delegates = answer == null
                ? List.of()
                : answer.delegateInvitationIds().stream()
                        .map(related::get)
                        .filter(Objects::nonNull)
                        .map(child -> person(plan, child))
                        .toList();
        Person substitute = answer == null
                        || answer.substituteInvitationId() == null
                        || !related.containsKey(answer.substituteInvitationId())
                ? null
                : person(plan, related.get(answer.substituteInvitationId()));
        boolean remote = invitation.online() && invitation.bridgePointCode() == null;
        InvitationPart mine = new InvitationPart(
                invitation.id().value(),
                invitation.invitee().addressee(),
                InvitationWording.addressee(invitation),
                invitation.kind(),
                invitation.seats(),
                invitation.openQuota(),
                !quota ? 0 : invitation.openQuota() ? Invitation.OPEN_QUOTA_CAP : invitation.seats(),
                invitation.invitee().position(),
                invitation.status(),
                site(plan, invitation.bridgePointCode()),
                invitation.online(),
                remote ? plan.venue().onlineMeetingUrl() : null,
                InvitationWording.request(invitation),
                invitation.answerDeadline(),
                invitation.answerDeadline() == null ? null : VietnameseDates.before(invitation.answerDeadline()),
                quota ? null : invitation.code(),
                answer,
                delegates,
                substitute);

        List<String> possible = reader != DelegateAccess.Reader.ANSWER || !invitation.awaitingAnswer()
                ? List.of()
                : quota ? List.of("NAME_DELEGATES", "DECLINE") : List.of("ACCEPT", "DECLINE", "SUBSTITUTE");
        Contact contact = office == null
                ? new Contact("Văn phòng " + plan.issuerName(), null, null, null)
                : new Contact(office.unitName(), office.contactName(), office.email(), office.phone());
        LocalDate day = conference.day().orElse(null);
        boolean attending = !quota
                && invitation.status() != Invitation.Status.CANCELLED
                && invitation.status() != Invitation.Status.DECLINED
                && invitation.status() != Invitation.Status.SUBSTITUTED;
        CheckInPart checkIn = new CheckInPart(
                attending && day != null && day.equals(today) && invitation.checkIn() == null,
                day,
                day == null ? null : VietnameseDates.date(day),
                invitation.checkIn());
        return new DelegateView(
                part,
                mine,
                possible,
                reader.name(),
                contact,
                conference.materialsPublished() ? portalUrl : null,
                checkIn,
                conference.exact(),
                !plan.replacesInvitationLetter(),
                plan.replacesInvitationLetter() ? signedPlanUrl : null);
    }

    private static Person person(ConferenceDetails plan, Invitation child) {
        return new Person(
                child.id().value(),
                child.invitee().name(),
                child.invitee().position(),
                child.invitee().email(),
                site(plan, child.bridgePointCode()),
                child.status());
    }

    private static Site site(ConferenceDetails plan, String code) {
        return code == null
                ? null
                : new Site(code, plan.bridgeSite(code).map(BridgeSite::name).orElse(code));
    }

    private static AgendaItem item(AgendaLine line) {
        return new AgendaItem(
                line.number(),
                line.timed() ? VietnameseDates.range(line.start(), line.end()) : null,
                line.start(),
                line.end(),
                line.title(),
                line.presenters().stream()
                        .map(p -> p.unitName() == null ? p.unitCode() : p.unitName())
                        .collect(Collectors.joining(", ")));
    }
}
