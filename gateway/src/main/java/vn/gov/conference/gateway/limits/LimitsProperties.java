package vn.gov.conference.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one caller may send.
 *
 * @param maxBodySize largest request body anywhere else (JSON commands, CSV imports)
 * @param maxUploadSize largest request body at {@code uploadPaths} (material submissions, signed originals)
 * @param uploadPaths path patterns where files are uploaded
 * @param rate how many requests a caller may make per period
 */
@ConfigurationProperties("conference.gateway.limits")
record LimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("50MB") DataSize maxUploadSize,

        @DefaultValue({"/api/material-requests/*/submissions", "/api/plans/*/signed-original"})
        List<String> uploadPaths,

        @DefaultValue Rate rate) {

    /**
     * A token bucket per caller: it holds up to the period's number of requests (the allowed burst) and refills at
     * that number per period.
     *
     * @param clientRequests per authenticated client (the token's client id)
     * @param anonymousRequests per client IP for requests without a token (signed links, documentation)
     * @param tokenRequests per client IP at {@code POST /oauth2/token}, right or wrong secret (each costs a BCrypt
     *        check); repeated wrong secrets also lock the client id and the address (the auth package's lockout)
     */
    record Rate(
            @DefaultValue("1m") Duration period,
            @DefaultValue("600") int clientRequests,
            @DefaultValue("120") int anonymousRequests,
            @DefaultValue("120") int tokenRequests) {}
}
