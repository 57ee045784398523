package vn.gov.conference.notification.invitation;

import java.time.Instant;
import java.util.List;
import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.SignedPlan;

/**
 * The letters the invitations call for, each queued once per cause and invitation: the invitation itself once ever,
 * an update once per plan or agenda event, a reminder once per reminder request. The invitations decide who is told
 * what and when; writing and sending the letters is the letters feature's ({@code letters/InvitationLetters}). Each
 * method answers whether a letter was queued now (false when the invitee has no address yet or it was queued before).
 */
public interface InvitationMailer {

    boolean invite(Conference conference, Invitation invitation);

    /** The invitation letters of an import's invitations, in one go; how many were queued now. */
    int inviteAll(Conference conference, List<Invitation> invited);

    boolean notify(Conference conference, Invitation invitation, CalendarNotice notice);

    boolean remind(Conference conference, Invitation invitation, String reminderId, Instant sendAt);

    boolean materialsPublished(Conference conference, Invitation invitation, String cause);

    /** The signed plan that replaces the invitation letter, to an invitee already invited without it. */
    boolean signedPlan(Conference conference, Invitation invitation, SignedPlan signed, String cause);
}
