package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * One line of the participant composition: who from {@code unit} attends, in the plan's words
 * ({@code role}: "Thủ trưởng và công chức phụ trách cải cách hành chính"), how many when the plan says
 * ({@code count}, null when it does not), and the bridge point they attend at (null: the main venue).
 */
public record ParticipantGroup(
        String id,
        ParticipantLevel level,
        UnitRef unit,
        String role,
        @Nullable Integer count,
        @Nullable String bridgePoint) {

    public ParticipantGroup {
        id = VietnameseText.nfcOrNull(id);
        role = VietnameseText.nfcOrNull(role);
        bridgePoint = VietnameseText.nfcOrNull(bridgePoint);
    }
}
