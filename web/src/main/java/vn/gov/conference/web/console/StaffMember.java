package vn.gov.conference.web.console;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, from the ID token the gateway's authorization server issued (the same claims as the access token
 * the API checks): it decides which pages the console offers, never what the API lets them see.
 */
public record StaffMember(String email, String name, String role, String province, String unit) {

    private static final Map<String, String> ROLES = Map.of(
            "OFFICE", "Văn phòng UBND tỉnh",
            "APPROVER", "Lãnh đạo UBND tỉnh (phê duyệt)",
            "DEPARTMENT", "Sở, ngành, địa phương",
            "CENTRAL", "Bộ Nội vụ",
            "ADMIN", "Quản trị hệ thống");

    public static StaffMember of(OidcUser user) {
        return new StaffMember(user.getSubject(), user.getClaimAsString("name"), user.getClaimAsString("role"),
                user.getClaimAsString("province"), user.getClaimAsString("unit"));
    }

    public String roleName() {
        return ROLES.getOrDefault(role, role);
    }

    public boolean is(String someRole) {
        return someRole.equals(role);
    }
}
