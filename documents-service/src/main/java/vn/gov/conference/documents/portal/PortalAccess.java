package vn.gov.conference.documents.portal;

import vn.gov.conference.platform.security.Caller;

/**
 * How a reader reached the portal: a delegate with the signed link from the invitation email, or a signed-in
 * caller (anyone of the plan's province, or CENTRAL). Recorded as such in the audit log.
 */
public sealed interface PortalAccess {

    /** A delegate's signed link, already verified for this plan. */
    record SignedLink(String token) implements PortalAccess {
    }

    record SignedIn(Caller caller) implements PortalAccess {
    }
}
