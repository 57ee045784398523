package vn.gov.conference.gateway.routing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * Apache HttpClient requests that cut the connection when the caller's body fails while it streams (it went past the
 * size limit, or the caller went away). HttpClient closes the request's body stream whatever happened, and closing a
 * chunked body writes its last chunk: the service would take the first part of a body as the whole of it. Cancelling
 * the request first closes the connection at once, so the service sees the body break off, as it should. The call
 * then fails with the body's own failure, not HttpClient's "request aborted", so that the circuit breaker and the
 * size limit still recognise a caller's broken or oversized body and do not blame the service. The same cancel ends a
 * call past its circuit's timeout ({@link CallDeadlines}), which then fails as a timeout.
 */
final class AbortingRequestFactory extends HttpComponentsClientHttpRequestFactory {

    /** The HttpClient request being wrapped by {@link #createRequest}, on the thread that creates it. */
    private static final ThreadLocal<ClassicHttpRequest> CREATED = new ThreadLocal<>();

    private final CallDeadlines deadlines;

    AbortingRequestFactory(HttpClient client, CallDeadlines deadlines) {
        super(client);
        this.deadlines = deadlines;
    }

    @Override
    protected void postProcessHttpRequest(ClassicHttpRequest request) {
        CREATED.set(request);
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        try {
            ClientHttpRequest request = super.createRequest(uri, httpMethod);
            if (!(request instanceof StreamingHttpOutputMessage streaming)
                    || !(CREATED.get() instanceof Cancellable cancellable)) {
                throw new IllegalStateException("Expected a streaming, cancellable request: " + request.getClass());
            }
            return new Request(request, streaming, cancellable, this.deadlines);
        } finally {
            CREATED.remove();
        }
    }

    private static final class Request implements ForwardingRequest {

        private final ClientHttpRequest request;

        private final StreamingHttpOutputMessage streaming;

        private final Cancellable connection;

        private final CallDeadlines deadlines;

        /** Why the caller's body failed, if it did: what the call fails with, whatever HttpClient makes of the cancel. */
        private volatile Throwable bodyFailure;

        Request(
                ClientHttpRequest request,
                StreamingHttpOutputMessage streaming,
                Cancellable connection,
                CallDeadlines deadlines) {
            this.request = request;
            this.streaming = streaming;
            this.connection = connection;
            this.deadlines = deadlines;
        }

        @Override
        public ClientHttpRequest request() {
            return this.request;
        }

        @Override
        public void setBody(Body body) {
            this.streaming.setBody(new Body() {
                @Override
                public void writeTo(OutputStream outputStream) throws IOException {
                    try {
                        body.writeTo(outputStream);
                    } catch (IOException | RuntimeException | Error ex) {
                        Request.this.bodyFailure = ex;
                        Request.this.connection.cancel();
                        throw ex;
                    }
                }

                @Override
                public boolean repeatable() {
                    return body.repeatable();
                }
            });
        }

        @Override
        public ClientHttpResponse execute() throws IOException {
            CallDeadlines.Call call = this.deadlines.start(this.connection);
            ClientHttpResponse response;
            try {
                response = this.request.execute();
            } catch (IOException | RuntimeException ex) {
                if (!call.finish()) {
                    throw call.timedOut(ex);
                }
                Throwable body = this.bodyFailure;
                if (body == null || body == ex) {
                    throw ex;
                }
                body.addSuppressed(ex);
                if (body instanceof IOException io) {
                    throw io;
                }
                if (body instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) body;
            }
            if (!call.finish()) {
                response.close();
                throw call.timedOut(null);
            }
            return response;
        }
    }
}
