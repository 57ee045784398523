package vn.gov.conference.contracts.plan;

import vn.gov.conference.contracts.UnitRef;

/**
 * One line of the participant composition: {@code count} seats for {@code unit} at {@code level} in
 * {@code role}, attending at {@code bridgePointCode} (null: the main venue). {@code email} is the unit's
 * contact when the plan names one; the notification service otherwise looks the unit up in its directory.
 */
public record ParticipantGroup(
        String id, String level, UnitRef unit, String role, int count, String bridgePointCode, String email) {}
