package vn.gov.conference.notification.links;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.config.NotificationProperties;
import vn.gov.conference.platform.security.SignedLinks;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * The signed links delegates receive. They open the delegates' pages at the public URL (the web module behind the
 * gateway), which call this service's JSON API with the same {@code sig}: {@code /moi/{id}} the invitation and its
 * answer, {@code /diem-danh/{id}} the check-in (what the QR code holds), {@code /tai-lieu/{planId}} the materials
 * portal (documents-service verifies it), {@code /le-tan/{planId}} the reception desk of one day. Each link serves
 * one purpose for one subject and expires: the answer link at the answer deadline, the check-in link the day after
 * the conference, the portal link a month after, the desk link at the end of its day.
 */
@Component
public class DelegateLinks {

    /** Reading the invitation and answering it. */
    public static final String ANSWER = "invitation-answer";
    /** Checking in on the day (what the QR code holds); also reads the invitation. */
    public static final String CHECK_IN = "invitation-check-in";
    /** The purpose documents-service verifies for its portal; the subject is the plan id. */
    public static final String PORTAL = "portal";
    /** The reception desk of one conference on one day; the subject is {@code planId + "/" + day}. */
    public static final String DESK = "check-in-desk";

    /** How long an answer link lives when the plan gives no time at all to derive a deadline from. */
    private static final Duration UNDATED = Duration.ofDays(90);

    public enum Check {
        VALID,
        EXPIRED,
        INVALID
    }

    /** A desk link: the page's address, the day it serves and the moment it stops working (the end of that day). */
    public record DeskLink(String url, LocalDate day, OffsetDateTime validUntil) {}

    private final SignedLinks links;
    private final String publicUrl;

    DelegateLinks(SignedLinks links, NotificationProperties properties) {
        this.links = links;
        this.publicUrl = properties.publicBase();
    }

    /**
     * The links a letter about one invitation carries: the answer link until {@code answerDeadline} (a while when the
     * invitation has none), the check-in link when {@code checksIn} (a person's invitation; the delegates a unit
     * names check in on their own), and the signed plan's where it replaces the invitation letter.
     */
    public InvitationLinks of(
            Conference conference, String invitationId, OffsetDateTime answerDeadline, boolean checksIn, Instant now) {
        String id = invitationId;
        Instant answerExpiry = answerDeadline != null ? answerDeadline.toInstant() : now.plus(UNDATED);
        String answer = url("/moi/" + id, links.sign(ANSWER, id, answerExpiry));
        String checkIn =
                checksIn ? url("/diem-danh/" + id, links.sign(CHECK_IN, id, checkInExpiry(conference, now))) : null;
        String signedPlan = conference.details() != null && conference.details().replacesInvitationLetter()
                ? signedPlan(conference, now)
                : null;
        return new InvitationLinks(answer, checkIn, signedPlan);
    }

    public String portal(Conference conference, Instant now) {
        return url("/tai-lieu/" + conference.id(), portalToken(conference, now));
    }

    /**
     * The signed plan's PDF, served by documents-service under the portal and opened with the portal's own link;
     * null until the office attached it.
     */
    public String signedPlan(Conference conference, Instant now) {
        return conference
                .signedPlan()
                .map(signed -> url(signed.contentPath(), portalToken(conference, now)))
                .orElse(null);
    }

    private String portalToken(Conference conference, Instant now) {
        Instant expiry =
                conference.end().map(OffsetDateTime::toInstant).orElse(now).plus(Duration.ofDays(30));
        return links.sign(PORTAL, conference.id(), expiry);
    }

    /** The reception desk's link for {@code day}: it works from the start to the end of that day. */
    public DeskLink desk(String planId, LocalDate day) {
        OffsetDateTime until =
                day.plusDays(1).atStartOfDay(VietnameseDates.ZONE).toOffsetDateTime();
        String url = UriComponentsBuilder.fromUriString(publicUrl + "/le-tan/" + planId)
                .queryParam("sig", links.sign(DESK, deskSubject(planId, day), until.toInstant()))
                .queryParam("day", day)
                .build()
                .toUriString();
        return new DeskLink(url, day, until);
    }

    public static String deskSubject(String planId, LocalDate day) {
        return planId + "/" + day;
    }

    public Check check(String purpose, String subject, String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Check.INVALID;
        }
        if (links.verify(purpose, subject, token, now)) {
            return Check.VALID;
        }
        try {
            // Genuine but late: it would verify just before its expiry.
            return links.verify(
                            purpose, subject, token, SignedLinks.expiryOf(token).minusSeconds(1))
                    ? Check.EXPIRED
                    : Check.INVALID;
        } catch (RuntimeException ex) {
            return Check.INVALID;
        }
    }

    /** The day after the conference (or after its tentative window) ends. */
    private static Instant checkInExpiry(Conference conference, Instant now) {
        LocalDate lastDay = conference
                .end()
                .map(VietnameseDates::day)
                .orElseGet(() -> conference.details().windowEnd());
        if (lastDay == null) {
            return now.plus(UNDATED);
        }
        return lastDay.plusDays(2).atStartOfDay(VietnameseDates.ZONE).toInstant();
    }

    private String url(String path, String token) {
        return UriComponentsBuilder.fromUriString(publicUrl + path)
                .queryParam("sig", token)
                .build()
                .toUriString();
    }
}
