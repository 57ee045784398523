package vn.gov.conference.web.invitation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/** The API's portal link ({@code …/api/plans/{planId}/portal?sig=…}) as the portal page's address. */
final class PortalLinks {

    private static final Pattern PORTAL = Pattern.compile("/api/plans/([^/]+)/portal/?$");

    private PortalLinks() {
    }

    static String page(String apiLink) {
        if (apiLink == null || apiLink.isBlank()) {
            return null;
        }
        UriComponents link = UriComponentsBuilder.fromUriString(apiLink).build();
        Matcher portal = PORTAL.matcher(link.getPath() == null ? "" : link.getPath());
        String sig = link.getQueryParams().getFirst("sig");
        if (!portal.matches() || sig == null) {
            return apiLink;
        }
        return "/tai-lieu/" + portal.group(1) + "?sig=" + sig;
    }
}
