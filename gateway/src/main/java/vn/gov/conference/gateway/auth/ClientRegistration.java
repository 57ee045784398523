package vn.gov.conference.gateway.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * One machine client of the embedded authorization server, as its clients file describes it, with the claims every
 * token it obtains carries. The central agency has no province; everyone else belongs to exactly one.
 */
record ClientRegistration(String id, String secret, String name, Role role, String province, String unit) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    ClientRegistration {
        Assert.hasText(id, "a client needs an id");
        Assert.hasText(secret, () -> "client " + id + " needs a secret");
        Assert.notNull(role, () -> "client " + id + " needs a role");
        Assert.hasText(unit, () -> "client " + id + " needs a unit");
        province = StringUtils.hasText(province) ? province : null;
        if (role == Role.CENTRAL) {
            Assert.isNull(province, () -> "client " + id + " is CENTRAL and so belongs to no province");
        }
        else {
            Assert.isTrue(province != null && SLUG.matcher(province).matches(),
                    () -> "client " + id + " needs a province slug such as tien-giang");
        }
        name = StringUtils.hasText(name) ? name : id;
    }

    /** The claims of its tokens besides the standard ones; {@code sub} is the client id. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("role", role.name());
        if (province != null) {
            claims.put("province", province);
        }
        claims.put("unit", unit);
        return claims;
    }
}
