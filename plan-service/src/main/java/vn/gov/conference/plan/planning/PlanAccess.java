package vn.gov.conference.plan.planning;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Whose plans a caller reads and writes. On top of the platform's tenant rules: the office and the approver of a
 * province that absorbed others read their predecessors' plans as history (the reference store says which), and
 * change none of them; the central agency reads every province; a department reads its own province only.
 */
@Component
public class PlanAccess {

    private final ReferenceStore reference;
    private final Clock clock;

    PlanAccess(ReferenceStore reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The provinces whose plans the caller may read; null for every province. */
    public Set<String> readableProvinces(Caller caller) {
        if (caller.isCentral()) {
            return null;
        }
        if (caller.province() == null) {
            return Set.of();
        }
        if (caller.is(Role.OFFICE, Role.APPROVER)) {
            // The merger's date decides: before 1/7/2025 Đồng Tháp's office does not read Tiền Giang's plans.
            return reference.current().lineage(caller.province(), VietnamTime.now(clock).toLocalDate());
        }
        return Set.of(caller.province());
    }

    /** Another province's plan is not found, so its existence does not leak. */
    void checkCanRead(Plan plan, Caller caller) {
        Set<String> readable = readableProvinces(caller);
        if (readable != null && !readable.contains(plan.province())) {
            throw new NotFoundException("Plan " + plan.id().value());
        }
    }

    /** Writes stay with the plan's own province: a predecessor's plan is history, read-only. */
    void checkCanWrite(Plan plan, Caller caller, Role... roles) {
        checkCanRead(plan, caller);
        if (caller.province() != null && !caller.province().equals(plan.province())) {
            throw new ForbiddenException("history-read-only", "Plan " + plan.id().value() + " belongs to "
                    + plan.province() + ", a predecessor of " + caller.province() + ": its history is read-only.");
        }
        caller.checkCanWrite(plan.province(), "Plan " + plan.id().value(), roles);
    }
}
