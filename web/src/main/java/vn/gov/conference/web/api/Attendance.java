package vn.gov.conference.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code GET /api/plans/{planId}/attendance}: totals per unit and bridge point. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Attendance(String planId, Line totals, List<Line> lines) {

    public Attendance {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            String unitCode,
            String unitName,
            String bridgePointCode,
            int seats,
            int presentInPerson,
            int presentOnline,
            int absent,
            int notCheckedIn,
            int unfilledSeats) {

        public int present() {
            return presentInPerson + presentOnline;
        }
    }
}
