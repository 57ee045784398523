package vn.gov.conference.plan.planning;

/** The administrative level a participant group belongs to ("cấp tỉnh", "cấp huyện", "cấp xã"). */
public enum ParticipantLevel {
    CENTRAL,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
