package vn.gov.conference.contracts.plan;

/** An online attendance site ("điểm cầu") and how many delegates are expected there. */
public record BridgePoint(String code, String name, int expectedAttendance) {}
