package vn.gov.conference.gateway.routing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;

/**
 * Makes a backend answer that breaks off after its headers fail loudly instead of quietly. The gateway relays the
 * status and headers (its Content-Length included) before the body, so when the service dies or the connection drops
 * halfway through the body, the caller already holds a 200 and waits for bytes that never come. Reading the body
 * therefore fails with a {@link ResourceAccessException} when the stream breaks or ends short of the declared length.
 * Spring MVC would take the underlying {@code EOFException} for the caller having gone away and finish the answer as if
 * nothing happened; a {@code RestClientException} reaches the servlet container, which closes the caller's connection,
 * so the caller sees a failed request at once.
 */
final class WholeAnswers implements ClientHttpRequestFactory {

    private final ClientHttpRequestFactory delegate;

    WholeAnswers(ClientHttpRequestFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        ClientHttpRequest request = this.delegate.createRequest(uri, httpMethod);
        if (!(request instanceof StreamingHttpOutputMessage streaming)) {
            throw new IllegalStateException("The proxy's requests must stream their bodies: " + request.getClass());
        }
        return new Request(request, streaming);
    }

    /** The delegate's request, still streaming (a plain {@code ClientHttpRequest} would make RestClient buffer it). */
    private record Request(ClientHttpRequest request, StreamingHttpOutputMessage streaming)
            implements ForwardingRequest {

        @Override
        public ClientHttpResponse execute() throws IOException {
            return new Response(this.request.execute(), this.request.getMethod(), this.request.getURI());
        }

        @Override
        public void setBody(Body body) {
            this.streaming.setBody(body);
        }
    }

    private static final class Response implements ClientHttpResponse {

        private final ClientHttpResponse response;

        private final HttpMethod method;

        private final URI uri;

        private InputStream body;

        Response(ClientHttpResponse response, HttpMethod method, URI uri) {
            this.response = response;
            this.method = method;
            this.uri = uri;
        }

        @Override
        public InputStream getBody() throws IOException {
            if (this.body == null) {
                long declared = this.response.getHeaders().getContentLength();
                int status = this.response.getStatusCode().value();
                boolean bodyExpected =
                        this.method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
                this.body = new Checked(this.response.getBody(), bodyExpected ? declared : -1, this.uri);
            }
            return this.body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return this.response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return this.response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return this.response.getHeaders();
        }

        @Override
        public void close() {
            this.response.close();
        }
    }

    private static final class Checked extends FilterInputStream {

        private final long declared;

        private final URI uri;

        private long read;

        Checked(InputStream in, long declared, URI uri) {
            super(in);
            this.declared = declared;
            this.uri = uri;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException ex) {
                throw new ResourceAccessException(
                        "The answer of " + this.uri + " broke off after " + this.read + " bytes of its body: " + ex,
                        ex);
            }
            if (n < 0 && this.declared >= 0 && this.read < this.declared && length > 0) {
                throw new ResourceAccessException("The answer of " + this.uri + " ended after " + this.read + " of the "
                        + this.declared + " bytes it declared");
            }
            if (n > 0) {
                this.read += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            this.read += Math.max(0, skipped);
            return skipped;
        }
    }
}
