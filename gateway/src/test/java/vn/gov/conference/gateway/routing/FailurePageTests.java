package vn.gov.conference.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

class FailurePageTests {

    @ParameterizedTest(name = "Accept: {0} -> page {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | true
            text/html                                                       | true
            */*                                                             | false
            application/json                                                | false
            application/problem+json, text/*;q=0.5                          | false
            text/html;q=0                                                   | false
            not a media type                                                | false
            -                                                               | false
            """)
    void servesThePageOnlyToCallersThatAskForHtml(String accept, boolean page) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/moi/inv-1");
        if (accept != null) {
            request.addHeader("Accept", accept);
        }

        assertThat(FailurePage.wanted(request)).isEqualTo(page);
    }
}
