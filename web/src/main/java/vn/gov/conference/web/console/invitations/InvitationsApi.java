package vn.gov.conference.web.console.invitations;

import java.util.List;

/** What the office's invitation pages read and send (notification-service), with the signed-in person's token. */
interface InvitationsApi {

    /** {@code GET /api/plans/{planId}/invitations?status=&q=}: accents optional in {@code q}, the API folds them. */
    List<Invitation> invitations(String planId, String status, String query);

    /**
     * {@code POST /api/plans/{planId}/invitations/import}: the CSV bytes as the person saved them, its encoding the
     * API's to detect; all lines or none.
     */
    Imported importCsv(String planId, byte[] csv, String contentType);

    /**
     * {@code POST /api/plans/{planId}/reminders} for the chosen invitations (the API skips those it must not remind);
     * the same {@code key} (the form's) reminds nobody twice.
     */
    Reminded remind(String planId, List<String> invitationIds, String key);

    record Imported(int issued, int alreadyInvited, List<Invitation> invitations) {}

    record Reminded(String reminderId, List<String> queued, List<Skipped> skipped) {

        public record Skipped(String invitationId, String reason) {}
    }
}
