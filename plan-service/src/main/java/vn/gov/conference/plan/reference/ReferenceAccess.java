package vn.gov.conference.plan.reference;

import org.springframework.stereotype.Component;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who may change the reference data. Everyone with a token reads it. The platform operators (ADMIN) manage provinces
 * and every province's units; an office manages its own province's units (its communes, its other bodies) and sees
 * another province's as not found; every other role only reads.
 */
@Component
class ReferenceAccess {

    void checkCanManageProvinces(Caller caller) {
        caller.checkRole(Role.ADMIN);
    }

    void checkCanManageUnitsOf(String province, Caller caller) {
        caller.checkRole(Role.ADMIN, Role.OFFICE);
        if (!caller.isAdmin() && (province == null || !province.equals(caller.province()))) {
            throw new NotFoundException(province == null ? "A central unit" : "Province " + province);
        }
    }
}
