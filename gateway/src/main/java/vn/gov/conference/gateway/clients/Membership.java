package vn.gov.conference.gateway.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.gov.conference.gateway.web.Refusal;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * Where a client or a person belongs: a role, the province of a provincial role (none for the central agency and the
 * operators), and a unit, which for a provincial role must be one of that province's units in force today.
 */
public record Membership(Role role, String province, String unit) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** From a request's fields, refused 400 naming the field and the rule. */
    public static Membership of(String role, String province, String unit) {
        Role parsed = role(role);
        String inProvince = VietnameseText.nfcOrNull(province);
        String code = required("unit", unit);
        if (!UNIT.matcher(code).matches()) {
            throw Refusal.invalid("unit", "unit-code", "A unit code is letters, digits and '-', such as TG-SNV.");
        }
        if (parsed.provincial()) {
            if (inProvince == null) {
                throw Refusal.invalid("province", "required", "A " + parsed + " belongs to a province.");
            }
            if (!SLUG.matcher(inProvince).matches()) {
                throw Refusal.invalid("province", "province-code", "A province is its code, such as tien-giang.");
            }
        } else if (inProvince != null) {
            throw Refusal.invalid("province", "no-province", "A " + parsed + " belongs to no province.");
        }
        return new Membership(parsed, inProvince, code);
    }

    /** A provincial unit must exist today in the reference data, in this province: refused 422 naming the unit. */
    public void checkUnit(UnitDirectory units, String authorization, Clock clock) {
        if (!this.role.provincial()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
        UnitDirectory.Unit found = units.find(this.unit, authorization, today)
                .orElseThrow(() -> Refusal.unprocessable(
                        "unit", "unknown-unit", "The reference data has no unit " + this.unit + "."));
        if (!this.province.equals(found.province())) {
            throw Refusal.unprocessable(
                    "unit",
                    "unit-of-another-province",
                    "The unit " + this.unit + " belongs to " + found.province() + ", not to " + this.province + ".");
        }
        if (!found.existsOn(today)) {
            throw Refusal.unprocessable(
                    "unit",
                    "unit-not-in-force",
                    "The unit " + this.unit
                            + " is not in force today (valid " + found.validFrom() + " to "
                            + (found.validTo() == null ? "" : found.validTo()) + ").");
        }
    }

    public static Role role(String role) {
        String value = required("role", role);
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw Refusal.invalid("role", "role", "A role is one of CENTRAL, OFFICE, APPROVER, DEPARTMENT, ADMIN.");
        }
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "required", "The " + field + " is required.");
        }
        return value.strip();
    }
}
