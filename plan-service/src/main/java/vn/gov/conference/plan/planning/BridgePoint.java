package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * An online attendance site ("điểm cầu"), hosted by a unit's hall, and the attendance the plan expects there
 * (null when the plan does not say: "Điểm cầu Tỉnh: 40 đại biểu" says 40).
 */
public record BridgePoint(
        String code,
        String name,
        @Nullable UnitRef host,
        @Nullable Integer expectedAttendance) {

    public BridgePoint {
        code = VietnameseText.nfcOrNull(code);
        name = VietnameseText.nfcOrNull(name);
    }
}
