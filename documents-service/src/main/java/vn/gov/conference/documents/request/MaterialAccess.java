package vn.gov.conference.documents.request;

import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.ForbiddenException;

/**
 * Who may do what with a material request. Another province's request is "not found"; within the province a
 * department sees the requests it owns and those addressed to it (it reviews them), submits only for its own, and
 * reviews only what is addressed to it; the office sees and reviews all of its province's; CENTRAL reads.
 */
final class MaterialAccess {

    private MaterialAccess() {}

    static boolean canSee(Caller caller, MaterialRequest request) {
        if (!caller.canRead(request.province())) {
            return false;
        }
        return caller.role() != Role.DEPARTMENT || request.ownedBy(caller.unit()) || request.addressedTo(caller.unit());
    }

    static void checkCanRead(Caller caller, MaterialRequest request) {
        caller.checkCanRead(request.province(), "Material request " + request.id());
        if (!canSee(caller, request)) {
            throw new ForbiddenException(
                    "other-unit",
                    "Material request " + request.id() + " belongs to "
                            + request.owner().code() + "; " + caller.unit() + " may not see it.");
        }
    }

    static void checkCanSubmit(Caller caller, MaterialRequest request) {
        caller.checkCanWrite(
                request.province(), "Material request " + request.id(), Role.DEPARTMENT, Role.OFFICE, Role.APPROVER);
        if (!request.ownedBy(caller.unit())) {
            throw new ForbiddenException(
                    "other-unit",
                    "Only " + request.owner().code() + " submits for material " + "request " + request.id()
                            + "; the caller is " + caller.unit() + ".");
        }
    }

    static void checkCanReview(Caller caller, MaterialRequest request) {
        caller.checkCanWrite(
                request.province(), "Material request " + request.id(), Role.DEPARTMENT, Role.OFFICE, Role.APPROVER);
        if (caller.role() != Role.OFFICE && !request.addressedTo(caller.unit())) {
            throw new ForbiddenException(
                    "not-recipient",
                    "Material request " + request.id() + " is reviewed by "
                            + (request.recipient() == null
                                    ? "the office"
                                    : request.recipient().code() + " or the office")
                            + "; the caller is " + caller.unit() + ".");
        }
    }

    /** A plan's list of requests: another province's plan is not found; the list is then filtered by {@link #canSee}. */
    static void checkCanReadPlan(Caller caller, String province, String planId) {
        caller.checkCanRead(province, "Plan " + planId);
    }

    /** A document of a request, as {@link #checkCanRead} for the request, named by the document. */
    static void checkCanReadDocument(Caller caller, MaterialRequest request, String documentId) {
        caller.checkCanRead(request.province(), "Document " + documentId);
        if (!canSee(caller, request)) {
            throw new ForbiddenException(
                    "other-unit",
                    "Document " + documentId + " belongs to " + request.owner().code() + ".");
        }
    }
}
