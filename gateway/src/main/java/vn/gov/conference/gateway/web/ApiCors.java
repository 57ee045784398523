package vn.gov.conference.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import vn.gov.conference.gateway.routing.Pages;
import vn.gov.conference.platform.web.Problems;
import vn.gov.conference.platform.web.RequestIds;

/**
 * CORS is answered here, once, for the whole API (not the pages): both security filter chains put {@link #filter()} first, so a
 * preflight needs no token, and the backends' own {@code Access-Control-*} headers are dropped from proxied answers
 * so a browser never sees them twice.
 */
@Component
public class ApiCors {

    private final UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();

    /**
     * The pages are opened and their forms posted by the browser itself, not called by a script of another site: CORS
     * does not apply to them, and refusing them would refuse a delegate whose browser sends {@code Origin: null} or
     * reaches the gateway through a proxy under another name. The signed link is what protects them.
     */
    private final List<RequestMatcher> pages = Pages.PATHS.stream()
            .map(path ->
                    (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
            .toList();

    ApiCors(CorsProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Accept",
                "Accept-Language",
                "If-Match",
                "If-None-Match",
                RequestIds.HEADER));
        cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "Content-Disposition", RequestIds.HEADER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.maxAge());
        this.source.registerCorsConfiguration("/**", cors);
    }

    /**
     * A new filter for one security chain. Not a bean itself: Boot would also register a {@code Filter} bean in the
     * servlet container, outside the chains.
     */
    public CorsFilter filter() {
        CorsFilter filter = new CorsFilter(request -> this.pages.stream().anyMatch(page -> page.matches(request))
                ? null
                : this.source.getCorsConfiguration(request));
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    /** Refuses a foreign origin with a problem body instead of the plain-text default. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        public boolean processRequest(
                CorsConfiguration config, HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean accepted = super.processRequest(config, request, response);
            if (!accepted) {
                Problems.write(
                        response,
                        Problems.of(
                                HttpStatus.FORBIDDEN,
                                "cors-refused",
                                "Cross-origin request refused",
                                "The origin " + request.getHeader("Origin") + " may not call this API from a browser.",
                                request));
            }
            return accepted;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
        }
    }
}
