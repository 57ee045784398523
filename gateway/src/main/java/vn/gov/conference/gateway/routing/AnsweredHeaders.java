package vn.gov.conference.gateway.routing;

import java.util.Locale;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;
import vn.gov.conference.gateway.web.RequestIds;

/**
 * Drops the backend's CORS and request-id headers from its answer: the gateway already set both on the response,
 * and a browser refuses an {@code Access-Control-Allow-Origin} that appears twice.
 */
@Component
class AnsweredHeaders implements ResponseHttpHeadersFilter {

    @Override
    public HttpHeaders apply(HttpHeaders answered, ServerResponse response) {
        HttpHeaders kept = new HttpHeaders();
        answered.forEach((name, values) -> {
            String lowerCase = name.toLowerCase(Locale.ROOT);
            if (!lowerCase.startsWith("access-control-") && !lowerCase.equalsIgnoreCase(RequestIds.HEADER)) {
                kept.addAll(name, values);
            }
        });
        return kept;
    }
}
