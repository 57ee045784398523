package vn.gov.conference.contracts.plan;

/**
 * Where delegates sit: a room at an address, for online conferences the provincial bridge point's hall.
 * {@code onlineMeetingUrl} (added in v1, may be null) is where online delegates join the meeting.
 */
public record Venue(String room, String address, String onlineMeetingUrl) {

    /** A venue without an online meeting, as producers wrote it before the meeting link was added. */
    public Venue(String room, String address) {
        this(room, address, null);
    }
}
