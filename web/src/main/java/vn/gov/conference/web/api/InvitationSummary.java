package vn.gov.conference.web.api;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An invitation as the API lists it (the desk's search) and as it answers a check-in or an answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvitationSummary(String id, String planId, String kind, String status, Invitee invitee, int seats,
                                String bridgePointCode, boolean online, String code, Delegate.CheckIn checkIn) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Invitee(String name, String position, String unitCode, String unitName, String organisation,
                          String email) {

        public String affiliation() {
            return unitName != null ? unitName : organisation;
        }
    }

    public String name() {
        if (invitee == null) {
            return id;
        }
        return invitee.name() != null ? invitee.name() : invitee.affiliation();
    }

    public boolean personal() {
        return !"SEAT_QUOTA".equals(kind);
    }

    /** Whether the desk may check this person in: a person expected to come, not yet checked in. */
    public boolean awaitingCheckIn() {
        return personal() && checkIn == null && !"DECLINED".equals(status) && !"SUBSTITUTED".equals(status)
                && !"CANCELLED".equals(status);
    }
}
