package vn.gov.conference.documents.signed;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * Who may do what with a plan's signed original: the office of the plan's province attaches it; whoever reads the
 * plan reads it (another province's is "not found"). A delegate's portal link is judged by the link alone
 * ({@link SignedOriginalService#forPortal}).
 */
final class SignedOriginalAccess {

    private SignedOriginalAccess() {}

    static void checkCanAttach(Caller caller, SignedOriginal original) {
        caller.checkCanWrite(original.province(), "Plan " + original.planId(), Role.OFFICE);
    }

    static void checkCanRead(Caller caller, SignedOriginal original) {
        caller.checkCanRead(original.province(), "Plan " + original.planId());
    }
}
