package vn.gov.conference.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The caller's request with a body that stops at the limit: bytes flow on as they arrive (to the gateway's backend,
 * or a service's reader), and the read that would pass the limit fails instead, which aborts a backend call. The
 * count covers chunked bodies, whose size nobody declared. Every failed read is recorded as a
 * {@link RequestBodyFailure} and repeated by the reads after it.
 */
final class LimitedRequest extends HttpServletRequestWrapper {

    static final String ATTRIBUTE = LimitedRequest.class.getName();

    private final long limit;

    private volatile RequestBodyFailure failure;

    private ServletInputStream body;

    LimitedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
        request.setAttribute(ATTRIBUTE, this);
    }

    RequestBodyFailure failure() {
        return this.failure;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (this.body == null) {
            this.body = new LimitedInputStream(super.getInputStream());
        }
        return this.body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        Charset charset =
                getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding()) : StandardCharsets.UTF_8;
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private long count;

        LimitedInputStream(ServletInputStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public int read() throws IOException {
            int next = guarded(this.delegate::read);
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = guarded(() -> this.delegate.read(buffer, offset, length));
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws RequestBodyFailure {
            this.count += bytes;
            if (this.count > LimitedRequest.this.limit) {
                throw fail(RequestBodyFailure.tooLarge(LimitedRequest.this.limit));
            }
        }

        private int guarded(Read read) throws IOException {
            if (LimitedRequest.this.failure != null) {
                throw LimitedRequest.this.failure;
            }
            try {
                return read.next();
            } catch (IOException ex) {
                throw fail(RequestBodyFailure.unreadable(ex));
            }
        }

        private RequestBodyFailure fail(RequestBodyFailure failure) {
            LimitedRequest.this.failure = failure;
            return failure;
        }

        @Override
        public boolean isFinished() {
            return this.delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return this.delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            this.delegate.setReadListener(listener);
        }
    }

    @FunctionalInterface
    private interface Read {

        int next() throws IOException;
    }
}
