package vn.gov.conference.documents.request;

/** A request measured against its deadline, the first late instant. */
public enum DeadlineStatus {
    /** Nothing usable submitted yet, and there is still time. */
    DUE,
    /** Nothing usable submitted, and the deadline has passed. */
    OVERDUE,
    /** The version under review or accepted came before the deadline. */
    ON_TIME,
    /** The version under review or accepted came at or after the deadline. */
    LATE
}
