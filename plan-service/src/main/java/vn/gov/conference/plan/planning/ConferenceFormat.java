package vn.gov.conference.plan.planning;

/** In person at the venue, online across bridge points, or both. */
public enum ConferenceFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    boolean usesBridgePoints() {
        return this != IN_PERSON;
    }

    boolean needsRoom() {
        return this != ONLINE;
    }
}
