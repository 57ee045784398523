package vn.gov.conference.web.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.conference.web.WebProperties;
import vn.gov.conference.web.api.ConferenceApi;
import vn.gov.conference.web.api.Portal;

/**
 * The materials portal ({@code /tai-lieu/{planId}?sig=…}): documents by agenda item, each a one-click download
 * through the gateway, and the whole set as a zip. A cookie scoped to the plan's page remembers the last visit, so
 * what was published since is marked new.
 */
@Controller
class PortalPages {

    static final String LAST_VISIT = "tai-lieu-xem";
    private static final Duration REMEMBERED = Duration.ofDays(180);

    private final ConferenceApi api;
    private final WebProperties properties;
    private final Clock clock;

    PortalPages(ConferenceApi api, WebProperties properties, Clock clock) {
        this.api = api;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/tai-lieu/{planId}")
    String portal(
            @PathVariable String planId,
            @RequestParam String sig,
            @CookieValue(name = LAST_VISIT, required = false) String lastVisit,
            Model model,
            HttpServletResponse response) {
        Portal portal = api.portal(planId, sig);
        Instant since = instant(lastVisit);
        List<PortalSectionView> sections = portal.sections().stream()
                .map(section -> PortalSectionView.of(section, since, properties))
                .toList();
        model.addAttribute("portal", portal);
        model.addAttribute("sections", sections);
        model.addAttribute("since", since);
        model.addAttribute(
                "newCount",
                sections.stream().mapToLong(PortalSectionView::newCount).sum());
        model.addAttribute("bundleUrl", portal.empty() ? null : properties.publicLink(portal.bundlePath()));
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(LAST_VISIT, String.valueOf(clock.instant().getEpochSecond()))
                        .path("/tai-lieu/" + planId)
                        .maxAge(REMEMBERED)
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build()
                        .toString());
        return "portal";
    }

    private static Instant instant(String epochSeconds) {
        try {
            return epochSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(epochSeconds));
        } catch (NumberFormatException ignored) {
            return null;
        }
    }
}
