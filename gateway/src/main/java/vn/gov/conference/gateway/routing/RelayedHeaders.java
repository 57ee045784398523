package vn.gov.conference.gateway.routing;

import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import vn.gov.conference.platform.web.RequestIds;

/**
 * What a service receives besides the body: the caller's headers minus any that claim an identity (the
 * {@code Authorization} header goes through unchanged and is the only identity a service trusts), plus the request
 * id the gateway assigned. {@code Content-Type} keeps the caller's exact value (a multipart boundary included).
 */
@Component
class RelayedHeaders implements RequestHttpHeadersFilter {

    private final List<String> strippedPrefixes;

    RelayedHeaders(RoutingProperties routing) {
        this.strippedPrefixes = routing.strippedHeaderPrefixes().stream()
                .map(prefix -> prefix.toLowerCase(Locale.ROOT))
                .toList();
    }

    @Override
    public HttpHeaders apply(HttpHeaders incoming, ServerRequest request) {
        HttpHeaders relayed = new HttpHeaders();
        incoming.forEach((name, values) -> {
            if (!stripped(name)) {
                relayed.addAll(name, values);
            }
        });
        // As sent: Spring's view of the request adds the servlet's character encoding as a charset parameter.
        String contentType = request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            relayed.set(HttpHeaders.CONTENT_TYPE, contentType);
        }
        String requestId = RequestIds.of(request.servletRequest());
        if (requestId != null) {
            relayed.set(RequestIds.HEADER, requestId);
        }
        return relayed;
    }

    private boolean stripped(String name) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return this.strippedPrefixes.stream().anyMatch(lowerCase::startsWith);
    }
}
