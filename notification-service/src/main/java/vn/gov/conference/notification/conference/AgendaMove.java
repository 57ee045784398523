package vn.gov.conference.notification.conference;

import java.time.OffsetDateTime;
import java.util.List;

/** An agenda item whose time or presenters changed in a revision: what presenters are told. */
public record AgendaMove(
        String itemId,
        String title,
        List<String> presenterUnitCodes,
        OffsetDateTime previousStart,
        OffsetDateTime previousEnd,
        OffsetDateTime start,
        OffsetDateTime end) {

    public AgendaMove {
        presenterUnitCodes = presenterUnitCodes == null ? List.of() : List.copyOf(presenterUnitCodes);
    }

    public boolean concerns(String unitCode) {
        return unitCode != null && presenterUnitCodes.contains(unitCode);
    }
}
