package vn.gov.conference.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which web origins may call the API from a browser (bearer tokens only: no cookies, so no credentials). */
@ConfigurationProperties("conference.gateway.cors")
record CorsProperties(
        List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {

    CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
