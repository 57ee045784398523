package vn.gov.conference.web.invitation;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal link the API gives ({@code https://…/tai-lieu/{planId}?sig=…}, the gateway's public address) as an
 * address on this site, so that it opens wherever these pages are served.
 */
final class PortalLinks {

    private PortalLinks() {}

    static String page(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        UriComponents parts = UriComponentsBuilder.fromUriString(link).build();
        if (parts.getPath() == null || !parts.getPath().startsWith("/tai-lieu/")) {
            return link;
        }
        return parts.getPath() + (parts.getQuery() == null ? "" : "?" + parts.getQuery());
    }
}
