package vn.gov.conference.notification.invitation;

/**
 * A person named to attend in someone's place or on a unit's seat: name, position and email (the nominee
 * receives an invitation of their own), and for a unit's seat optionally the bridge point they attend at.
 */
public record Nomination(String name, String position, String email, String bridgePointCode) {

    public Nomination(String name, String position, String email) {
        this(name, position, email, null);
    }
}
