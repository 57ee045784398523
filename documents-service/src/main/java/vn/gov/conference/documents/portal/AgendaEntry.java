package vn.gov.conference.documents.portal;

import java.time.Instant;

/** An agenda item as the agenda service last published it: what the portal groups materials under. */
public record AgendaEntry(String itemId, String number, String title, Instant start) {}
