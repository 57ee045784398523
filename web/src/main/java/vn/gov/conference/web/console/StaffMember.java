package vn.gov.conference.web.console;

import java.util.Map;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import vn.gov.conference.platform.security.Role;

/**
 * Who is signed in, from the ID token the gateway's authorization server issued (the same claims as the access token
 * the API checks): it decides which pages the console offers, never what the API lets them see.
 */
public record StaffMember(String email, String name, String role, String province, String unit) {

    private static final Map<String, String> ROLES = Map.of(
            Role.OFFICE.name(), "Văn phòng UBND tỉnh",
            Role.APPROVER.name(), "Lãnh đạo UBND tỉnh (phê duyệt)",
            Role.DEPARTMENT.name(), "Sở, ngành, địa phương",
            Role.CENTRAL.name(), "Bộ Nội vụ",
            Role.ADMIN.name(), "Quản trị hệ thống");

    public static StaffMember of(OidcUser user) {
        return new StaffMember(
                user.getSubject(),
                user.getClaimAsString("name"),
                user.getClaimAsString("role"),
                user.getClaimAsString("province"),
                user.getClaimAsString("unit"));
    }

    public String roleName() {
        return ROLES.getOrDefault(role, role);
    }

    public boolean is(String someRole) {
        return someRole.equals(role);
    }
}
