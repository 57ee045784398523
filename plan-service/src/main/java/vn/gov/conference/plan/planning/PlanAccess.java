package vn.gov.conference.plan.planning;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Whose plans a caller reads and writes. On top of the platform's tenant rules: the office and the approver of a
 * province that absorbed others read their predecessors' plans as history (the reference store says which), and
 * change none of them; the central agency reads every province; a department reads its own province only, and no
 * drafts. Who drafts and who cancels a signed plan are here too; which role performs each operation is given with it
 * ({@code PlanService.writable}).
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
            return reference
                    .current()
                    .lineage(caller.province(), VietnamTime.now(clock).toLocalDate());
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
            throw new ForbiddenException(
                    "history-read-only",
                    "Plan " + plan.id().value() + " belongs to " + plan.province() + ", a predecessor of "
                            + caller.province() + ": its history is read-only.");
        }
        caller.checkCanWrite(plan.province(), "Plan " + plan.id().value(), roles);
    }

    /** The office drafts plans of its own province only. */
    void checkCanDraft(String province, Caller caller) {
        caller.checkRole(Role.OFFICE);
        if (!java.util.Objects.equals(province, caller.province())) {
            throw new ForbiddenException(
                    "other-province", "An office drafts plans of its own province (" + caller.province() + ") only.");
        }
    }

    /** {@link #checkCanRead}, and a department sees no draft: for it, a plan not yet approved is not found. */
    void checkCanSee(Plan plan, Caller caller) {
        checkCanRead(plan, caller);
        if (caller.is(Role.DEPARTMENT) && !visibleToDepartments(plan.status())) {
            throw new NotFoundException("Plan " + plan.id().value());
        }
    }

    /** The office calls off what is not yet signed; a signed plan only its approver can cancel. */
    void checkCanCancel(Plan plan, Caller caller) {
        if (caller.is(Role.OFFICE) && plan.status().signed()) {
            throw new ForbiddenException("role", "A signed plan is cancelled by its approver.");
        }
    }

    /** A drafted or submitted plan is the office's and the approver's business, not yet the departments'. */
    static boolean visibleToDepartments(PlanStatus status) {
        return status != PlanStatus.DRAFT && status != PlanStatus.SUBMITTED;
    }
}
