package vn.gov.conference.web.console.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's client at the gateway's authorization server.
 *
 * @param clientId     its client id ({@code console})
 * @param clientSecret its secret, the same the gateway is given ({@code CONFERENCE_CONSOLE_SECRET})
 * @param publicUrl    the console's address as browsers reach it, through the gateway: where the authorization server
 *                     sends the code back and the person lands after signing out; this request's own address when
 *                     unset (tests)
 */
@ConfigurationProperties("conference.web.console")
public record ConsoleProperties(String clientId, String clientSecret, String publicUrl) {

    public ConsoleProperties {
        clientId = clientId == null || clientId.isBlank() ? "console" : clientId;
        clientSecret = clientSecret == null ? "" : clientSecret;
        publicUrl = publicUrl == null || publicUrl.isBlank()
                ? "{baseUrl}"
                : publicUrl.strip().replaceAll("/+$", "");
    }
}
