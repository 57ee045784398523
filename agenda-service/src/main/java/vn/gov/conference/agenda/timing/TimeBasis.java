package vn.gov.conference.agenda.timing;

/** Where a computed slot's time came from. */
public enum TimeBasis {
    /** The item's own clock range, kept as written. */
    FIXED,
    /** The item's duration, placed after everything before it. */
    DURATION,
    /** Speakers × time each, placed after everything before it. */
    CONTRIBUTIONS,
    /** No time yet: zero length where the item stands, flagged. */
    NONE
}
