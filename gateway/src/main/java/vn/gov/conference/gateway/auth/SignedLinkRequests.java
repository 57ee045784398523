package vn.gov.conference.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The requests delegates make from the HMAC-signed links in their emails: they carry no token, so the gateway lets
 * them through and the owning service verifies the link's signature (the gateway does not hold the link secret).
 * Everything else under {@code /api} needs a token.
 */
final class SignedLinkRequests implements RequestMatcher {

    static final String SIGNATURE_PARAMETER = "sig";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Addresses that exist only for signed links; the service refuses a missing or wrong signature. */
    private final List<RequestMatcher> alwaysSigned =
            List.of(PATHS.matcher("/api/invitations/*/answer"), PATHS.matcher("/api/portal/**"));

    /** Addresses an authenticated office also uses: anonymous only when the link's signature comes along. */
    private final List<RequestMatcher> signedWhenSigParameter = List.of(
            PATHS.matcher(HttpMethod.GET, "/api/invitations/*"),
            PATHS.matcher("/api/invitations/*/check-in"),
            PATHS.matcher(HttpMethod.GET, "/api/plans/*/portal/**"),
            // The invitation and reception pages list a plan's invitations and its attendance with a link signed for
            // that plan; the calendar file is the "add to calendar" button of the invitation page.
            PATHS.matcher(HttpMethod.GET, "/api/plans/*/invitations"),
            PATHS.matcher(HttpMethod.GET, "/api/plans/*/attendance"),
            PATHS.matcher(HttpMethod.GET, "/api/invitations/*/calendar"),
            PATHS.matcher(HttpMethod.GET, "/api/invitations/*/letter"));

    @Override
    public boolean matches(HttpServletRequest request) {
        if (this.alwaysSigned.stream().anyMatch(matcher -> matcher.matches(request))) {
            return true;
        }
        return hasSignature(request) && this.signedWhenSigParameter.stream().anyMatch(m -> m.matches(request));
    }

    /** Looks at the query string only: {@code getParameter} would consume a form-encoded body meant for the service. */
    private static boolean hasSignature(HttpServletRequest request) {
        String query = request.getQueryString();
        if (!StringUtils.hasText(query)) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(SIGNATURE_PARAMETER + "=") && pair.length() > SIGNATURE_PARAMETER.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
