package vn.gov.conference.plan.planning;

public enum DeliverableKind {
    REPORT,
    DRAFT_SPEECH,
    DISCUSSION_PAPER,
    SLIDES,
    OTHER
}
