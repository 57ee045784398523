package vn.gov.conference.notification.links;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.gov.conference.notification.NotificationProperties;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.VietnameseDates;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.letters.InvitationLinks;
import vn.gov.conference.platform.security.SignedLinks;

/**
 * The signed links delegates receive, all pointing at the public URL (the gateway). Each link serves one purpose
 * for one invitation and expires: the answer link at the answer deadline, the check-in link the day after the
 * conference, the portal link (documents-service verifies it) a month after.
 */
@Component
public class DelegateLinks {

    /** Reading the invitation and answering it. */
    public static final String ANSWER = "invitation-answer";
    /** Checking in on the day (what the QR code holds). */
    public static final String CHECK_IN = "invitation-check-in";
    /** The purpose documents-service verifies for its portal; the subject is the plan id. */
    public static final String PORTAL = "portal";

    /** How long an answer link lives when the plan gives no time at all to derive a deadline from. */
    private static final Duration UNDATED = Duration.ofDays(90);

    public enum Check { VALID, EXPIRED, INVALID }

    private final SignedLinks links;
    private final String publicUrl;

    DelegateLinks(SignedLinks links, NotificationProperties properties) {
        this.links = links;
        this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
    }

    public InvitationLinks of(Conference conference, Invitation invitation, Instant now) {
        String id = invitation.id().value();
        Instant answerExpiry = invitation.answerDeadline() != null ? invitation.answerDeadline().toInstant()
                : now.plus(UNDATED);
        String answer = url("/api/invitations/" + id, "sig", links.sign(ANSWER, id, answerExpiry));
        String checkIn = invitation.kind() == Invitation.Kind.PERSONAL
                ? url("/api/invitations/" + id + "/check-in", "sig",
                        links.sign(CHECK_IN, id, checkInExpiry(conference, now)))
                : null;
        return new InvitationLinks(answer, checkIn);
    }

    public String portal(Conference conference, String portalPath, Instant now) {
        String path = portalPath == null || portalPath.isBlank()
                ? "/api/plans/" + conference.id() + "/portal" : portalPath;
        Instant expiry = conference.end().map(OffsetDateTime::toInstant).orElse(now).plus(Duration.ofDays(30));
        return url(path, "sig", links.sign(PORTAL, conference.id(), expiry));
    }

    public Check check(String purpose, String invitationId, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Check.INVALID;
        }
        if (links.verify(purpose, invitationId, token, now)) {
            return Check.VALID;
        }
        try {
            // Genuine but late: it would verify just before its expiry.
            return links.verify(purpose, invitationId, token, SignedLinks.expiryOf(token).minusSeconds(1))
                    ? Check.EXPIRED : Check.INVALID;
        }
        catch (RuntimeException ex) {
            return Check.INVALID;
        }
    }

    /** The day after the conference (or after its tentative window) ends. */
    private static Instant checkInExpiry(Conference conference, Instant now) {
        LocalDate lastDay = conference.end().map(end -> end.atZoneSameInstant(VietnameseDates.ZONE).toLocalDate())
                .orElseGet(() -> conference.details().windowEnd());
        if (lastDay == null) {
            return now.plus(UNDATED);
        }
        return lastDay.plusDays(2).atStartOfDay(VietnameseDates.ZONE).toInstant();
    }

    private String url(String path, String parameter, String token) {
        return UriComponentsBuilder.fromUriString(publicUrl + path).queryParam(parameter, token).build().toUriString();
    }
}
