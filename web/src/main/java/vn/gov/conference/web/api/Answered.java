package vn.gov.conference.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What {@code POST /api/invitations/{id}/answer} recorded: the invitation and the invitations it created. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Answered(InvitationSummary invitation, List<InvitationSummary> created) {

    public Answered {
        created = created == null ? List.of() : List.copyOf(created);
    }
}
