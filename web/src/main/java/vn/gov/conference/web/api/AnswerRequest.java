package vn.gov.conference.web.api;

import java.util.List;

/** The body of {@code POST /api/invitations/{id}/answer}: ACCEPT, DECLINE, SUBSTITUTE or NAME_DELEGATES. */
public record AnswerRequest(String answer, String reason, Nominee substitute, List<Nominee> delegates) {

    public record Nominee(String name, String position, String email, String bridgePointCode) {}
}
