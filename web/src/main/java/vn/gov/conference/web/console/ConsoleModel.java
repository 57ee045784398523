package vn.gov.conference.web.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page knows who is signed in ({@code me}): its header names them and offers their role's pages. */
@ControllerAdvice(basePackages = "vn.gov.conference.web.console")
class ConsoleModel {

    @ModelAttribute("me")
    StaffMember me(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : StaffMember.of(user);
    }
}
