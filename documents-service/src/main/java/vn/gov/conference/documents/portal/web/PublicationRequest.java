package vn.gov.conference.documents.portal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The documents the office publishes, each with the agenda item it belongs to (none: general materials). */
record PublicationRequest(@NotEmpty @Size(max = 200) List<@Valid Item> documents) {

    record Item(@NotBlank String documentId, @Nullable String agendaItemId) {}
}
