package vn.gov.conference.documents.portal;

/** One document the office publishes, and the agenda item it belongs to (null: general materials). */
public record Selection(String documentId, String agendaItemId) {}
