package vn.gov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.conference.testing.ApiClient;
import vn.gov.conference.testing.IntegrationTest;
import vn.gov.conference.testing.TestTokens;
import vn.gov.conference.testing.contracts.DocumentedAnswers;

/**
 * This service takes tokens of one issuer and for this API only: a token signed with the trusted key but issued
 * elsewhere, or meant for another audience, is refused like no token at all.
 */
@IntegrationTest
@ExtendWith(DocumentedAnswers.class)
class TokenIssuerAndAudienceIntegrationTests {

    private static final String PATH = "/api/emails";

    @LocalServerPort
    int port;

    @Test
    void refusesATokenOfAnotherIssuerOrForAnotherAudience() {
        ApiClient api = ApiClient.onPort(port);

        assertThat(api.get(PATH, TestTokens.issuedBy(TestTokens.ISSUER, TestTokens.AUDIENCE))
                        .status())
                .as("the same token from the trusted issuer for this API")
                .isNotEqualTo(401);
        assertThat(api.get(PATH, TestTokens.issuedBy("https://sso.other-province.example", TestTokens.AUDIENCE))
                        .status())
                .isEqualTo(401);
        assertThat(api.get(PATH, TestTokens.issuedBy(TestTokens.ISSUER, "another-api"))
                        .status())
                .isEqualTo(401);
        assertThat(api.get(PATH, TestTokens.issuedBy(TestTokens.ISSUER, null)).status())
                .isEqualTo(401);
    }
}
