package vn.gov.conference.web.api;

/**
 * The public API as the pages use it, with the delegate's signed link ({@code sig}) as the only credential. A
 * refusal of the API is an {@link ApiRefusal}; an API that cannot be reached is an {@link ApiUnavailable}.
 */
public interface ConferenceApi {

    /** {@code GET /api/invitations/{id}?sig=…}: with the answer link or the check-in link. */
    Delegate invitation(String invitationId, String sig);

    /** {@code POST /api/invitations/{id}/answer?sig=…}. */
    void answer(String invitationId, String sig, AnswerRequest answer);

    /** {@code POST /api/invitations/{id}/check-in?sig=…[&day=…]}: with the delegate's QR link or a desk link. */
    void checkIn(String invitationId, String sig, String day, String presence);

    /** {@code GET /api/plans/{planId}/invitations?q=…&sig=…&day=…}: the desk finds a delegate by code or name. */
    DeskSearch search(String planId, String sig, String day, String query);

    /** {@code GET /api/plans/{planId}/attendance?sig=…&day=…}. */
    Attendance attendance(String planId, String sig, String day);

    /** {@code GET /api/plans/{planId}/portal?sig=…}. */
    Portal portal(String planId, String sig);

    /**
     * {@code POST /api/users/activation}: a new account's person chooses a password with the one-time token of the
     * link the activation letter carried (no other credential).
     */
    void activate(String token, String password);
}
