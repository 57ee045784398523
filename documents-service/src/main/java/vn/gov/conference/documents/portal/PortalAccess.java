package vn.gov.conference.documents.portal;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * How a reader reached the portal: a delegate with the signed link from the invitation email, or a signed-in
 * caller (anyone of the plan's province, or CENTRAL). Recorded as such in the audit log. Who may publish and read
 * is here too; the signed link is verified where it is presented ({@code PortalService.authorise}).
 */
public sealed interface PortalAccess {

    /** A delegate's signed link, already verified for this plan. */
    record SignedLink(String token) implements PortalAccess {}

    record SignedIn(Caller caller) implements PortalAccess {}

    /** Only the plan's own office publishes on its portal. */
    static void checkCanPublish(Caller caller, String province, String planId) {
        caller.checkCanWrite(province, "Plan " + planId, Role.OFFICE);
    }

    /** A signed-in reader: anyone who reads the plan (another province's is not found). */
    static void checkCanRead(Caller caller, String province, String planId) {
        caller.checkCanRead(province, "Plan " + planId);
    }
}
