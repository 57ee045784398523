package vn.gov.conference.contracts.plan;

/** What an assignment must deliver. {@code kind}: REPORT, DRAFT_SPEECH, DISCUSSION_PAPER, SLIDES, OTHER. */
public record Deliverable(String kind, String title) {}
