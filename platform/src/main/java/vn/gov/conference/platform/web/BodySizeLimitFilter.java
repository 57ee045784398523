package vn.gov.conference.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The gateway's body limits, held by the service too: a call that reaches the service directly (not through the
 * gateway) is refused with the same 413 problem. A declared {@code Content-Length} over the limit is refused before
 * anything reads the body; a chunked body (or one longer than it declared) fails the read that passes the limit with
 * {@link RequestBodyTooLargeException}, which {@link ProblemDetailsAdvice} answers. Bodies are never buffered here.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;
    private final List<PathPattern> uploadPaths;

    public BodySizeLimitFilter(LimitsProperties limits) {
        this.maxBody = limits.maxBodySize().toBytes();
        this.maxUpload = limits.maxUploadSize().toBytes();
        this.uploadPaths = limits.uploadPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // The rest of the body is not read: close the connection rather than drain it.
            response.setHeader("Connection", "close");
            Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
                    "This address accepts request bodies of at most " + limit + " bytes; this one declares "
                            + declared + " bytes.", request.getRequestURI());
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return uploadPaths.stream().anyMatch(pattern -> pattern.matches(path)) ? maxUpload : maxBody;
    }

    /** The request with a body that fails the read passing the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Counting(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding())
                    : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        Counting(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws RequestBodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
