package vn.gov.conference.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * {@code GET /api/plans/{planId}/invitations?q=…&sig=…&day=…} with a desk link: one page of the delegates the desk
 * may check in, {@code total} found in all.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeskSearch(int total, List<Entry> items) {

    public DeskSearch {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            String id,
            String code,
            String name,
            String position,
            String affiliation,
            String bridgePointName,
            boolean online,
            String status,
            Delegate.CheckIn checkIn) {

        /** A person expected to come and not yet checked in. */
        public boolean awaitingCheckIn() {
            return checkIn == null
                    && !"DECLINED".equals(status)
                    && !"SUBSTITUTED".equals(status)
                    && !"CANCELLED".equals(status);
        }
    }
}
