package vn.gov.conference.notification.invitation.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import vn.gov.conference.notification.conference.AgendaLine;
import vn.gov.conference.notification.conference.BridgeSite;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.ConferenceDetails;
import vn.gov.conference.notification.conference.VietnameseDates;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.letters.Letters;

/**
 * What a delegate sees through the signed link: the conference (in Vietnamese, as the letter states it), their
 * invitation, and which answers they may give now.
 */
record DelegateView(ConferencePart conference, InvitationPart invitation, List<String> possibleAnswers) {

    record ConferencePart(String name, String documentNumber, String issuer, String time, OffsetDateTime start,
                          String place, String bridgePoint, boolean cancelled, List<AgendaItem> agenda) {
    }

    record AgendaItem(String time, String title, String presenters) {
    }

    record InvitationPart(String id, String addressee, Invitation.Kind kind, int seats, Invitation.Status status,
                          OffsetDateTime answerDeadline, String checkInCode, Answer answer) {
    }

    static DelegateView of(Conference conference, Invitation invitation) {
        ConferenceDetails plan = conference.details();
        String site = invitation.bridgePointCode() == null ? null
                : plan.bridgeSite(invitation.bridgePointCode()).map(BridgeSite::name)
                        .orElse(invitation.bridgePointCode());
        String time = plan.exact() ? VietnameseDates.full(plan.start())
                : (plan.timeLabel() == null ? "chưa xác định" : plan.timeLabel());
        List<AgendaItem> agenda = conference.agenda().stream().map(DelegateView::item).toList();
        ConferencePart part = new ConferencePart(Letters.conferenceName(plan), plan.documentNumber(),
                plan.issuerName(), time, plan.start(), plan.venue().text(), site, conference.cancelled(), agenda);
        boolean quota = invitation.kind() == Invitation.Kind.SEAT_QUOTA;
        InvitationPart mine = new InvitationPart(invitation.id().value(), invitation.invitee().addressee(),
                invitation.kind(), invitation.seats(), invitation.status(), invitation.answerDeadline(),
                quota ? null : invitation.code(), invitation.answer());
        List<String> possible = !invitation.awaitingAnswer() ? List.of()
                : quota ? List.of("NAME_DELEGATES", "DECLINE") : List.of("ACCEPT", "DECLINE", "SUBSTITUTE");
        return new DelegateView(part, mine, possible);
    }

    private static AgendaItem item(AgendaLine line) {
        return new AgendaItem(line.timed() ? VietnameseDates.range(line.start(), line.end()) : null, line.title(),
                line.presenters().stream().map(p -> p.unitName() == null ? p.unitCode() : p.unitName())
                        .collect(Collectors.joining(", ")));
    }
}
