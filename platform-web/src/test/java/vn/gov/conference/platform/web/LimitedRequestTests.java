package vn.gov.conference.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LimitedRequestTests {

    @Test
    void passesABodyOfExactlyTheLimitThrough() throws IOException {
        LimitedRequest request = new LimitedRequest(withBody(1000), 1000);

        try (InputStream body = request.getInputStream()) {
            assertThat(body.readAllBytes()).hasSize(1000);
        }
        assertThat(RequestBodyFailure.of(request)).isNull();
    }

    @Test
    void failsTheReadThatGoesOverTheLimitAndRemembersWhy() throws IOException {
        MockHttpServletRequest original = withBody(1001);
        LimitedRequest request = new LimitedRequest(original, 1000);
        InputStream body = request.getInputStream();

        assertThatThrownBy(body::readAllBytes)
                .isInstanceOf(RequestBodyFailure.class)
                .hasMessageContaining("1000 bytes");
        assertThat(RequestBodyFailure.of(original)).satisfies(failure -> {
            assertThat(failure.tooLarge()).isTrue();
            assertThat(failure.limit()).isEqualTo(1000);
        });
        assertThatThrownBy(body::read).as("the body stays failed").isInstanceOf(RequestBodyFailure.class);
    }

    @Test
    void findsTheFailureWrappedByAnHttpClient() {
        RequestBodyFailure failure = RequestBodyFailure.tooLarge(10);

        assertThat(RequestBodyFailure.in(new IllegalStateException(new IOException("send failed", failure))))
                .isSameAs(failure);
        assertThat(RequestBodyFailure.in(new IOException("connection refused"))).isNull();
    }

    private static MockHttpServletRequest withBody(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/material-requests/m-1/submissions");
        request.setContent(new byte[size]);
        return request;
    }
}
