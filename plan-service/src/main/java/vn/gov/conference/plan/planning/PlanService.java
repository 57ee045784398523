package vn.gov.conference.plan.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.gov.conference.plan.numbering.NumberRegisters;
import vn.gov.conference.plan.numbering.RegisterKey;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.NotFoundException;
import vn.gov.conference.platform.web.PreconditionFailedException;

/**
 * The plan use cases: who may do what (the access rules), loading and saving, optimistic concurrency against the
 * version a client last read, and the document register. The rules of the plan itself live in {@link Plan}.
 */
@Service
public class PlanService {

    private final Plans plans;
    private final NumberRegisters registers;
    private final PlanContentResolver resolver;
    private final PlanAccess access;
    private final NumberingHold numbering;
    private final Clock clock;

    PlanService(
            Plans plans,
            NumberRegisters registers,
            PlanContentResolver resolver,
            PlanAccess access,
            NumberingHold numbering,
            Clock clock) {
        this.plans = plans;
        this.numbering = numbering;
        this.registers = registers;
        this.resolver = resolver;
        this.access = access;
        this.clock = clock;
    }

    /**
     * What a client asks of an approval: the issue date (today when absent), a number, the signer; or, where the
     * province's document register numbered the plan, that number and symbol as written ("276/KH-UBND").
     */
    public record Approval(LocalDate issuedOn, Integer number, Signer signer, String documentNumber) {

        public Approval(LocalDate issuedOn, Integer number, Signer signer) {
            this(issuedOn, number, signer, null);
        }

        /** The number asked for, from {@code number} or read from {@code documentNumber}, which must agree. */
        Integer requestedNumber(Issuer issuer) {
            if (documentNumber == null || documentNumber.isBlank()) {
                return number;
            }
            String suffix = DocumentNumber.blank(issuer);
            String written = documentNumber.strip();
            if (!written.endsWith(suffix)
                    || !written.substring(0, written.length() - suffix.length()).matches("[1-9][0-9]{0,6}")) {
                throw new InvalidInputException(
                        "documentNumber",
                        "format",
                        "A plan of " + issuer.body().code() + " is numbered N" + suffix + ", not " + written + ".");
            }
            int sequence = Integer.parseInt(written.substring(0, written.length() - suffix.length()));
            if (number != null && number != sequence) {
                throw new InvalidInputException(
                        "documentNumber",
                        "disagrees-with-number",
                        "documentNumber " + written + " and number " + number + " disagree.");
            }
            return sequence;
        }
    }

    /** The office drafts a plan of its own province. */
    public Plan draft(PlanRequest request, Caller caller) {
        String province = request.province() == null ? caller.province() : request.province();
        access.checkCanDraft(province, caller);
        PlanLimits.check("", request);
        LocalDate day = resolver.draftDate(request);
        PlanContent content = resolver.content(request, province, day);
        Issuer issuer = resolver.issuer(province, request.issuingBody(), day);
        return save(Plan.draft(PlanId.generate(), issuer, content, caller.subject(), now()));
    }

    /**
     * A plan the caller may see: its province's and, for an office or approver, its predecessors' (every province's
     * for the central agency), drafts not for departments.
     */
    public Plan get(String id, Caller caller) {
        Plan plan = plans.findById(id).orElseThrow(() -> notFound(id));
        access.checkCanSee(plan, caller);
        return plan;
    }

    /** The office edits its draft: {@code edit} turns the draft as a request into the revised request. */
    public Plan revise(String id, UnaryOperator<PlanRequest> edit, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.OFFICE);
        PlanRequest before = PlanRequest.of(plan.issuer(), plan.content());
        PlanRequest after = edit.apply(before);
        PlanLimits.check("", after);
        requireSameIssuer(before, after);
        plan.revise(resolver.content(after, plan.province(), resolver.draftDate(after)), caller.subject(), now());
        return save(plan);
    }

    public Plan submit(String id, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.OFFICE);
        plan.submit(caller.subject(), now());
        return save(plan);
    }

    public Plan returnForCorrection(String id, String reason, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.APPROVER);
        PlanLimits.check("reason", reason);
        plan.returnForCorrection(reason, caller.subject(), now());
        return save(plan);
    }

    /**
     * The approver signs: the plan takes the next number of its issuer's register for the issue year, or the
     * number asked for if the register has not passed it. Numbers are gap-free per issuer and year without
     * transactions: the plan is locked before its number is drawn, so no racing change of the plan can make the save
     * that follows fail and strand the number behind later draws. A number drawn for an approval that still cannot
     * be saved (the database failing) is handed back if nothing was drawn since.
     */
    public Plan approve(String id, Approval approval, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.APPROVER);
        PlanLimits.check("signer", approval.signer());
        OffsetDateTime now = now();
        LocalDate issuedOn = approval.issuedOn() != null ? approval.issuedOn() : now.toLocalDate();
        plan.checkApprovable(issuedOn, approval.signer(), now);
        RegisterKey register = new RegisterKey(plan.issuer().body().code(), issuedOn.getYear());
        Integer requested = approval.requestedNumber(plan.issuer());
        numbering.take(plan);
        int sequence;
        try {
            sequence = requested != null ? registers.claim(register, requested) : registers.next(register);
        } catch (RuntimeException e) {
            numbering.giveBack(plan);
            throw e;
        }
        try {
            plan.approve(
                    DocumentNumber.forPlan(sequence, issuedOn.getYear(), plan.issuer()),
                    issuedOn,
                    approval.signer(),
                    caller.subject(),
                    now);
            return save(plan);
        } catch (RuntimeException e) {
            registers.giveBack(register, sequence);
            numbering.giveBack(plan);
            if (e instanceof DuplicateKeyException) {
                throw new vn.gov.conference.platform.web.ConflictException(
                        "number-taken",
                        "Number " + sequence + " of " + register.issuer() + " for " + register.year()
                                + " is held by another plan.");
            }
            throw e;
        }
    }

    public Plan schedule(
            String id, OffsetDateTime start, Venue venue, String label, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.APPROVER);
        PlanLimits.check("venue", venue);
        PlanLimits.check("label", label);
        plan.schedule(start, venue, label, caller.subject(), now());
        return save(plan);
    }

    /** The approver amends a signed plan: {@code edit} turns the plan as a request into the amended one. */
    public Plan amend(String id, UnaryOperator<PlanRequest> edit, String reason, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.APPROVER);
        plan.checkAmendable();
        PlanRequest before = PlanRequest.of(plan.issuer(), plan.content());
        PlanRequest after = edit.apply(before);
        PlanLimits.check("", after);
        PlanLimits.check("reason", reason);
        requireSameIssuer(before, after);
        plan.amend(resolver.content(after, plan.province(), plan.referenceDate()), reason, caller.subject(), now());
        return save(plan);
    }

    /** The office calls off what is not yet signed; a signed plan only its approver can cancel. */
    public Plan cancel(String id, String reason, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.OFFICE, Role.APPROVER);
        access.checkCanCancel(plan, caller);
        PlanLimits.check("reason", reason);
        plan.cancel(reason, caller.subject(), now());
        return save(plan);
    }

    public Plan hold(String id, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.OFFICE, Role.APPROVER);
        plan.markHeld(caller.subject(), now());
        return save(plan);
    }

    public Plan close(String id, Long expectedVersion, Caller caller) {
        Plan plan = writable(id, expectedVersion, caller, Role.OFFICE, Role.APPROVER);
        plan.close(caller.subject(), now());
        return save(plan);
    }

    private Plan writable(String id, Long expectedVersion, Caller caller, Role... roles) {
        Plan plan = plans.findById(id).orElseThrow(() -> notFound(id));
        access.checkCanWrite(plan, caller, roles);
        if (expectedVersion != null && !expectedVersion.equals(plan.lockVersion())) {
            throw new PreconditionFailedException("Plan " + id + " changed since version " + expectedVersion
                    + "; it is now at version " + plan.lockVersion() + ".");
        }
        return plan;
    }

    private static void requireSameIssuer(PlanRequest before, PlanRequest after) {
        if (!Objects.equals(before.province(), after.province())) {
            throw new InvalidInputException("province", "immutable", "A plan stays in its province.");
        }
        if (!Objects.equals(before.issuingBody(), after.issuingBody())) {
            throw new InvalidInputException("issuingBody", "immutable", "A plan keeps its issuing body.");
        }
    }

    /** To the millisecond: what a stored date keeps, so a plan reads the same before and after saving. */
    private OffsetDateTime now() {
        return VietnamTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Plan " + id);
    }

    /** Every change is saved here: refused while another request's approval holds the plan for its number. */
    private Plan save(Plan plan) {
        numbering.requireNotHeld(plan);
        return plans.save(plan);
    }
}
