package vn.gov.conference.notification.invitation;

import java.util.List;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * How an invitation speaks to its invitee, as the letters and the invitation page both say it: the "Kính gửi"
 * line, the way a person is addressed, and what is asked of them by when.
 */
public final class InvitationWording {

    private static final List<String> SALUTATIONS = List.of("Ông", "Bà");

    private InvitationWording() {}

    /**
     * The "Kính gửi" line: the unit, or the person with their position and unit. A name that already carries its
     * salutation ("Bà Đỗ Thanh Huyền", as plans name outside guests) is written once, not as "Ông/Bà Bà …".
     */
    public static String addressee(Invitation invitation) {
        Invitee invitee = invitation.invitee();
        if (!invitee.person()) {
            return invitee.addressee();
        }
        StringBuilder who = new StringBuilder(saluted(invitee.name()) ? "" : "Ông/Bà ").append(invitee.name());
        if (invitee.position() != null) {
            who.append(", ").append(invitee.position());
        }
        if (invitee.affiliation() != null) {
            who.append(", ").append(invitee.affiliation());
        }
        return who.toString();
    }

    /** How the letter speaks to a person: "Bà" or "Ông" when the plan says which, else "Ông/Bà". */
    public static String honorific(Invitee invitee) {
        if (invitee.person() && saluted(invitee.name())) {
            return invitee.name().substring(0, invitee.name().indexOf(' '));
        }
        return "Ông/Bà";
    }

    /** "05 đại biểu", or "đại biểu" where the unit decides how many it sends. */
    public static String seats(Invitation invitation) {
        return invitation.openQuota() ? "đại biểu" : String.format("%02d", invitation.seats()) + " đại biểu";
    }

    /**
     * What is asked of the invitee and by when, as the letter and the invitation page both say it: "Đề nghị đơn vị cử
     * 05 đại biểu tham dự và đăng ký họ tên, chức vụ, email của từng đại biểu trước ngày 25/7/2024."
     */
    public static String request(Invitation invitation) {
        String by =
                invitation.answerDeadline() == null ? "" : " " + VietnameseDates.before(invitation.answerDeadline());
        if (invitation.kind() == Invitation.Kind.SEAT_QUOTA) {
            String role = invitation.invitee().position() == null
                    ? ""
                    : " (" + invitation.invitee().position() + ")";
            String how = invitation.openQuota() ? ", số lượng do đơn vị quyết định (ít nhất 01 đại biểu)," : "";
            return "Đề nghị đơn vị cử " + seats(invitation) + role + how + " tham dự và đăng ký họ tên, chức vụ, "
                    + "email của từng đại biểu" + by + ".";
        }
        return "Đề nghị " + honorific(invitation.invitee()) + " xác nhận tham dự, báo vắng hoặc cử người dự thay" + by
                + ".";
    }

    private static boolean saluted(String name) {
        return name != null && SALUTATIONS.stream().anyMatch(salutation -> name.startsWith(salutation + " "));
    }
}
