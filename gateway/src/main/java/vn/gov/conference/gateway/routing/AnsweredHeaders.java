package vn.gov.conference.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import vn.gov.conference.platform.web.RequestIds;

/**
 * Drops the backend's CORS and request-id headers from its answer: the gateway already set both on the response,
 * and a browser refuses an {@code Access-Control-Allow-Origin} that appears twice. A {@code Location} that names the
 * backend itself (a page's redirect after a form, made absolute by its servlet container) becomes a path, so that the
 * browser stays on the gateway.
 */
@Component
class AnsweredHeaders implements ResponseHttpHeadersFilter {

    private final List<String> backends;

    AnsweredHeaders(Replicas replicas) {
        this.backends = Services.ROUTED.stream()
                .flatMap(service -> replicas.of(service).stream())
                .map(uri -> origin(uri.toString()))
                .toList();
    }

    @Override
    public HttpHeaders apply(HttpHeaders answered, ServerResponse response) {
        HttpHeaders kept = new HttpHeaders();
        answered.forEach((name, values) -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (lowerCase.equals("location")) {
                values.forEach(value -> kept.add(name, onGateway(value)));
            } else if (!lowerCase.startsWith("access-control-") && !lowerCase.equalsIgnoreCase(RequestIds.HEADER)) {
                kept.addAll(name, values);
            }
        });
        return kept;
    }

    private String onGateway(String location) {
        for (String backend : this.backends) {
            if (location.startsWith(backend)) {
                String rest = location.substring(backend.length());
                if (rest.isEmpty()) {
                    return "/";
                }
                if (rest.startsWith("/") || rest.startsWith("?")) {
                    return rest.startsWith("?") ? "/" + rest : rest;
                }
            }
        }
        return location;
    }

    private static String origin(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
