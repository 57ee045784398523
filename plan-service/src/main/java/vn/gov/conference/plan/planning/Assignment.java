package vn.gov.conference.plan.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * A task of the plan ("Tổ chức thực hiện"): {@code owner} does {@code task} (the plan's words), with
 * {@code collaborators}, handing {@code deliverables} to {@code recipient} before {@code dueBefore}
 * ("trước ngày 25/7/2024"). {@code next} chains it to the step that consolidates it (the draft speeches go to
 * Sở Nội vụ, whose consolidation goes to the office); {@code note} keeps remarks such as the address to send to.
 */
public record Assignment(
        String id,
        UnitRef owner,
        List<UnitRef> collaborators,
        String task,
        List<Deliverable> deliverables,
        LocalDate dueBefore,
        UnitRef recipient,
        String next,
        String note) {

    public Assignment {
        id = VietnameseText.nfcOrNull(id);
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
        task = VietnameseText.nfcOrNull(task);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        next = VietnameseText.nfcOrNull(next);
        note = VietnameseText.nfcOrNull(note);
    }

    /** The first late instant: "trước ngày 25/7/2024" is late from 2024-07-25T00:00+07:00. */
    public OffsetDateTime deadline() {
        return dueBefore == null
                ? null
                : dueBefore.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime();
    }
}
