package vn.gov.conference.notification.conference;

/** An online attendance site ("điểm cầu") of the conference. */
public record BridgeSite(String code, String name, int expectedAttendance) {}
