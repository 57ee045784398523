package vn.gov.conference.web.console.people;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A staff account as {@code GET /api/users} gives it to the office that manages it (never a password or a link):
 * {@code status} INVITED (waiting for the person to choose a password through the mailed link), ACTIVE or DISABLED;
 * {@code activationMailSent} only in the answers that mailed a link.
 */
public record StaffAccount(
        String id,
        String name,
        String email,
        String role,
        @Nullable String province,
        @Nullable String unit,
        String status,
        @Nullable Instant createdAt,
        @Nullable Instant activatedAt,
        @Nullable Instant disabledAt,
        @Nullable Boolean activationMailSent) {

    private static final Map<String, String> STATUSES =
            Map.of("INVITED", "Chờ kích hoạt", "ACTIVE", "Đang sử dụng", "DISABLED", "Đã vô hiệu hóa");

    private static final Map<String, String> ROLES =
            Map.of("DEPARTMENT", "Sở, ngành, địa phương", "OFFICE", "Văn phòng UBND tỉnh");

    public String statusName() {
        return STATUSES.getOrDefault(status, status);
    }

    public String roleName() {
        return ROLES.getOrDefault(role, role);
    }

    public boolean invited() {
        return "INVITED".equals(status);
    }

    public boolean disabled() {
        return "DISABLED".equals(status);
    }
}
