package vn.gov.conference.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class SignedLinkRequestsTests {

    private final SignedLinkRequests signedLinks = new SignedLinkRequests();

    @ParameterizedTest(name = "{0} {1}?{2} anonymous: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            POST,   /api/invitations/i-1/answer,    -,               true
            GET,    /api/invitations/i-1/answer,    sig=abc,         true
            GET,    /api/portal/p-1,                -,               true
            GET,    /api/portal/p-1/documents/d-1,  sig=abc,         true
            GET,    /api/invitations/i-1,           sig=abc,         true
            GET,    /api/invitations/i-1,           exp=1&sig=abc,   true
            GET,    /api/invitations/i-1,           -,               false
            GET,    /api/invitations/i-1,           sig=,            false
            GET,    /api/invitations/i-1,           signature=abc,   false
            DELETE, /api/invitations/i-1,           sig=abc,         false
            POST,   /api/invitations/i-1/check-in,  sig=abc,         true
            POST,   /api/invitations/i-1/check-in,  -,               false
            GET,    /api/plans/p-1/portal,          sig=abc,         true
            GET,    /api/plans/p-1/portal,          -,               false
            POST,   /api/plans/p-1/publications,    sig=abc,         false
            GET,    /api/plans/p-1/invitations,     sig=abc,         true
            GET,    /api/plans/p-1/invitations,     -,               false
            POST,   /api/plans/p-1/invitations,     sig=abc,         false
            GET,    /api/plans/p-1/invitations/i-1, sig=abc,         false
            GET,    /api/plans/p-1/attendance,      sig=abc,         true
            GET,    /api/plans/p-1/attendance,      -,               false
            GET,    /api/invitations/i-1/calendar,  sig=abc,         true
            GET,    /api/invitations/i-1/calendar,  -,               false
            GET,    /api/invitations/i-1/letter,    sig=abc,         true
            GET,    /api/invitations/i-1/letter,    -,               false
            GET,    /api/invitations,               sig=abc,         false
            """)
    void letsOnlyTheSignedLinkAddressesThroughWithoutAToken(
            String method, String path, String query, boolean anonymous) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);

        assertThat(this.signedLinks.matches(request)).isEqualTo(anonymous);
    }
}
