package vn.gov.conference.contracts.plan;

public enum ConferenceFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
