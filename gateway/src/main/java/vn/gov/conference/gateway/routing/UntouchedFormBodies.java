package vn.gov.conference.gateway.routing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a form-encoded body (the pages' plain HTML forms) reach the backend as the browser sent it. The servlet
 * container merges such a body into the request parameters and, once anything asks for them, has consumed it; the
 * gateway's proxy builds the backend's query string from those parameters, so the form's fields would move into the
 * URL and the body arrive empty. Here the parameters are the query string's only, and the body is left unread for the
 * proxy to stream. Spring Cloud Gateway's own {@code FormFilter} (switched off in application.yml) re-encodes the body
 * from the parameters instead, which changes its bytes and mixes query parameters of the same name into it.
 * The authorization server's endpoints and its login form read their form parameters themselves, so they are left
 * alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class UntouchedFormBodies extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        String path = request.getRequestURI();
        return contentType == null
                || path.startsWith("/oauth2/")
                || path.startsWith("/connect/")
                || path.equals("/dang-nhap")
                || !MediaType.APPLICATION_FORM_URLENCODED.includes(parse(contentType));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new QueryParametersOnly(request), response);
    }

    private static MediaType parse(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (RuntimeException ex) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
        }

        private static Map<String, String[]> parse(String query) {
            MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
            if (StringUtils.hasLength(query)) {
                for (String pair : query.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    values.add(decode(name), decode(value));
                }
            }
            Map<String, String[]> parameters = new LinkedHashMap<>();
            values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
            return parameters;
        }

        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ex) {
                // A malformed escape: kept as sent, the backend judges it.
                return text;
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = this.parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return this.parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(this.parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = this.parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
