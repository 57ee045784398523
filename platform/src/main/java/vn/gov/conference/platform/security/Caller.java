package vn.gov.conference.platform.security;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.gov.conference.platform.web.ForbiddenException;
import vn.gov.conference.platform.web.NotFoundException;

/**
 * Who is calling, read from the verified JWT and nothing else (never from headers a client could set). Controllers
 * take it as a method parameter. The checks below are the shared access rules; a service adds its own on top.
 *
 * @param subject  the client id
 * @param role     what it may do
 * @param province the tenant it belongs to; null for the central agency and the platform operators
 * @param unit     its unit code (a department's, the office's, BNV for the central agency)
 */
public record Caller(String subject, Role role, String province, String unit) {

    static Caller from(Jwt jwt) {
        String role = jwt.getClaimAsString("role");
        if (role == null) {
            throw new ForbiddenException("missing-role", "The token carries no role.");
        }
        Role parsed;
        try {
            parsed = Role.valueOf(role);
        } catch (IllegalArgumentException ex) {
            throw new ForbiddenException("unknown-role", "The token's role '" + role + "' is not known here.");
        }
        Caller caller =
                new Caller(jwt.getSubject(), parsed, jwt.getClaimAsString("province"), jwt.getClaimAsString("unit"));
        if (parsed.provincial() && caller.province() == null) {
            throw new ForbiddenException("missing-province", "A " + parsed + " token must name its province.");
        }
        return caller;
    }

    public boolean isCentral() {
        return role == Role.CENTRAL;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean is(Role... roles) {
        return Arrays.asList(roles).contains(role);
    }

    /** Whether the caller may read what belongs to {@code tenant}: its own province, or everything for CENTRAL. */
    public boolean canRead(String tenant) {
        return isCentral() || Objects.equals(province, tenant);
    }

    /**
     * Guards a read of something that belongs to {@code tenant}. Another province's resource is reported as not
     * found, so that its existence does not leak.
     */
    public void checkCanRead(String tenant, String what) {
        if (!canRead(tenant)) {
            throw new NotFoundException(what);
        }
    }

    /** Guards a write in {@code tenant}: the caller must have one of {@code roles} and belong to that province. */
    public void checkCanWrite(String tenant, String what, Role... roles) {
        checkCanRead(tenant, what);
        checkRole(roles);
        if (!Objects.equals(province, tenant)) {
            throw new ForbiddenException("other-province", "Only " + tenant + " may change this.");
        }
    }

    public void checkRole(Role... roles) {
        if (!is(roles)) {
            throw new ForbiddenException(
                    "role", "This needs one of the roles " + Arrays.toString(roles) + "; the caller is " + role + ".");
        }
    }

    /** Guards what a department may touch: only its own unit's items; office and central pass. */
    public void checkOwnUnit(String ownerUnit) {
        if (role == Role.DEPARTMENT && !Objects.equals(unit, ownerUnit)) {
            throw new ForbiddenException("other-unit", "This belongs to unit " + ownerUnit + ", not to " + unit + ".");
        }
    }
}
