package vn.gov.conference.agenda.timing;

/**
 * Something the organiser should look at. {@code itemId} is the item the warning is about, {@code otherItemId}
 * the item it collides with or follows (when there is one), {@code minutes} how much. {@code message} says it in
 * Vietnamese for the organiser's screen.
 */
public record TimingWarning(Code code, String itemId, String otherItemId, int minutes, String message) {

    public enum Code {
        /** A fixed-time item starts before an earlier item ends. */
        OVERLAP(true),
        /** A fixed-time item starts before the session does. */
        BEFORE_SESSION_START(true),
        /** Speakers × time each does not fit in the block's own time. */
        CONTRIBUTIONS_OVERRUN(true),
        /** Idle minutes before a fixed-time item. */
        GAP(false),
        /** The item has no time yet. */
        NO_TIME(false),
        /** The session ends after its planned end. */
        OVERRUN(false),
        /** The session runs past midnight. */
        PAST_MIDNIGHT(true),
        /** Neither the agenda nor the plan says when the session starts: times are relative to 0:00. */
        SESSION_START_UNKNOWN(false);

        private final boolean blocking;

        Code(boolean blocking) {
            this.blocking = blocking;
        }

        /** A published agenda must never promise two things in one minute. */
        public boolean blocksPublication() {
            return blocking;
        }
    }

    public boolean blocksPublication() {
        return code.blocksPublication();
    }
}
