package vn.gov.conference.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class BodySizeLimitFilterTests {

    private final BodySizeLimitFilter filter =
            new BodySizeLimitFilter(DataSize.ofBytes(100), DataSize.ofBytes(1000), List.of("/api/uploads/*"));

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutCallingTheChain() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean called = new AtomicBoolean();

        this.filter.doFilter(post("/api/things", 101), response, (request, answer) -> called.set(true));

        assertThat(called).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(response.getContentAsString())
                .contains("\"rule\":\"content-too-large\"", "\"maxBytes\":100", "declares 101 bytes");
    }

    @Test
    void givesUploadPathsTheUploadLimit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        this.filter.doFilter(post("/api/uploads/u-1", 1000), response, readAll());

        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void answers413WhenABodyWithoutALengthGoesPastTheLimitAndTheReaderThrows() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        this.filter.doFilter(chunked("/api/things", 101), response, readAll());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("went past the limit while streaming");
    }

    @Test
    void replacesAnotherAnswerToABodyPastTheLimitButKeepsA413() throws Exception {
        MockHttpServletResponse replaced = new MockHttpServletResponse();
        this.filter.doFilter(chunked("/api/things", 101), replaced, answering(400));
        assertThat(replaced.getStatus()).isEqualTo(413);
        assertThat(replaced.getContentAsString()).contains("\"maxBytes\":100");

        MockHttpServletResponse kept = new MockHttpServletResponse();
        this.filter.doFilter(chunked("/api/things", 101), kept, answering(413));
        assertThat(kept.getStatus()).isEqualTo(413);
        assertThat(kept.getContentAsString()).isEqualTo("the reader's own");
    }

    @Test
    void writesTheRefusalAModuleGaveIt() throws Exception {
        BodySizeLimitFilter paged = new BodySizeLimitFilter(
                DataSize.ofBytes(100), DataSize.ofBytes(1000), List.of(), (request, response, limit, what) -> {
                    response.setStatus(413);
                    response.getWriter().write("page: " + limit + ", " + what);
                });
        MockHttpServletResponse response = new MockHttpServletResponse();

        paged.doFilter(post("/console/form", 101), response, readAll());

        assertThat(response.getContentAsString()).isEqualTo("page: 100, declares 101 bytes");
    }

    private static FilterChain readAll() {
        return (request, response) -> request.getInputStream().readAllBytes();
    }

    /** A reader that swallows the failure and answers {@code status} itself, as a framework's handler would. */
    private static FilterChain answering(int status) {
        return (request, response) -> {
            try {
                request.getInputStream().readAllBytes();
            } catch (IOException ex) {
                ((HttpServletResponse) response).setStatus(status);
                response.getOutputStream().print("the reader's own");
            }
        };
    }

    private static MockHttpServletRequest post(String path, int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[size]);
        return request;
    }

    /** No declared length: only the count while reading can refuse it. */
    private static MockHttpServletRequest chunked(String path, int size) {
        return new MockHttpServletRequest("POST", path) {

            {
                setContent(new byte[size]);
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
    }
}
