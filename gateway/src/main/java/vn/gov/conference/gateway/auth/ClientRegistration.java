package vn.gov.conference.gateway.auth;

import java.util.regex.Pattern;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import vn.gov.conference.platform.security.Role;

/**
 * One client that seeds a fresh store, as the clients file describes it. The central agency and the operators have no
 * province; everyone else belongs to exactly one.
 */
record ClientRegistration(String id, String secret, String name, Role role, String province, String unit) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    ClientRegistration {
        Assert.hasText(id, "a client needs an id");
        Assert.hasText(secret, () -> "client " + id + " needs a secret");
        Assert.notNull(role, () -> "client " + id + " needs a role");
        Assert.hasText(unit, () -> "client " + id + " needs a unit");
        province = StringUtils.hasText(province) ? province : null;
        if (!role.provincial()) {
            Assert.isNull(province, () -> "client " + id + " is " + role + " and so belongs to no province");
        } else {
            Assert.isTrue(
                    province != null && SLUG.matcher(province).matches(),
                    () -> "client " + id + " needs a province slug such as tien-giang");
        }
        name = StringUtils.hasText(name) ? name : id;
    }
}
