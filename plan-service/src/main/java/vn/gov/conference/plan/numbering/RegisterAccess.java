package vn.gov.conference.plan.numbering;

import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.gov.conference.plan.reference.AdministrativeUnit;
import vn.gov.conference.plan.reference.ReferenceStore;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who reads and moves an issuer's document register: it belongs to the issuer's province (the reference data says
 * which); anyone who reads that province reads it, its office sets the next number; an unknown issuer's register, or
 * another province's, is not found.
 */
@Component
class RegisterAccess {

    private final ReferenceStore reference;

    RegisterAccess(ReferenceStore reference) {
        this.reference = reference;
    }

    void checkCanRead(String issuer, Caller caller) {
        caller.checkCanRead(provinceOf(issuer), "Register " + issuer);
    }

    void checkCanAdvance(String issuer, Caller caller) {
        caller.checkCanWrite(provinceOf(issuer), "Register " + issuer, Role.OFFICE);
    }

    private String provinceOf(String issuer) {
        return reference.current().unitVersions(issuer).stream()
                .map(AdministrativeUnit::province)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Register " + issuer));
    }
}
