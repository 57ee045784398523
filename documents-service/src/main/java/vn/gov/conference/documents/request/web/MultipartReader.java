package vn.gov.conference.documents.request.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A multipart/form-data body (RFC 7578, RFC 2046 §5.1) read as a stream, part by part, each part's bytes handed on
 * as they arrive; never more than one buffer of the body in memory.
 * <p>
 * Written for uploads of tens of megabytes: the delimiter is searched with Boyer-Moore-Horspool over a 64 kB buffer,
 * which looks at about one byte in every delimiter's length of a file's content. The parser it replaces
 * (commons-fileupload) compared every byte against the boundary in 4 kB reads: 39 % of documents-service's CPU during
 * an upload (issue 18, docs/performance.md).
 * <p>
 * Part headers are read as UTF-8, which is what browsers and curl send in a file name.
 */
final class MultipartReader {

    static final int BUFFER_SIZE = 64 * 1024;

    /** RFC 2046 allows 70 characters; a little slack for clients that go past it. */
    private static final int MAX_BOUNDARY = 200;

    private final InputStream in;
    /** CRLF "--" boundary: what ends a part's body. The body is read as if it began with a CRLF (the first one). */
    private final byte[] delimiter;

    private final int[] shift = new int[256];
    private final int maxHeaderBytes;
    private final byte[] buffer;
    private int head;
    private int tail;
    /** Where the delimiter starts in the buffer, once found; -1 before. */
    private int delimiterAt = -1;
    /** Bytes before this index cannot start a delimiter (searched already); behind {@code head} once passed. */
    private int searched;

    private Part current;
    private boolean finished;

    MultipartReader(InputStream in, String boundary, int maxHeaderBytes) throws MalformedMultipartException {
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            throw new MalformedMultipartException(
                    "The boundary must have 1 to " + MAX_BOUNDARY + " characters; it has " + boundary.length() + ".");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.maxHeaderBytes = maxHeaderBytes;
        this.buffer = new byte[BUFFER_SIZE];
        int last = delimiter.length - 1;
        Arrays.fill(shift, delimiter.length);
        for (int i = 0; i < last; i++) {
            shift[delimiter[i] & 0xff] = last - i;
        }
        // The first delimiter may open the body without a CRLF before it (no preamble).
        buffer[0] = '\r';
        buffer[1] = '\n';
        tail = 2;
    }

    /** A part: its form field name, file name (null for a plain field) and declared type, then its bytes. */
    record Part(String name, String fileName, String contentType, InputStream body) {

        boolean isFile() {
            return fileName != null;
        }
    }

    /**
     * The next part, after whatever is left of the current one (and the preamble, for the first); null after the
     * closing delimiter. Its body must be read before the next call, or is skipped by it.
     *
     * @throws MalformedMultipartException when the body does not follow the format or ends early
     */
    Part next() throws IOException {
        if (finished) {
            return null;
        }
        // The rest of the current part (or the preamble) is not wanted.
        for (int ready; (ready = ready()) > 0; ) {
            head += ready;
        }
        head += delimiter.length;
        delimiterAt = -1;
        require(2);
        if (buffer[head] == '-' && buffer[head + 1] == '-') {
            finished = true; // the closing delimiter: what follows is an epilogue, ignored
            current = null;
            return null;
        }
        // Transport padding (RFC 2046): spaces and tabs may follow a delimiter before its CRLF.
        while (buffer[head] == ' ' || buffer[head] == '\t') {
            head++;
            require(2);
        }
        if (buffer[head] != '\r' || buffer[head + 1] != '\n') {
            throw new MalformedMultipartException("A boundary line is not followed by a line break.");
        }
        head += 2;
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        String name = "form-data".equals(disposition.get("")) ? disposition.get("name") : null;
        String fileName = disposition.containsKey("filename*")
                ? extendedValue(disposition.get("filename*"))
                : disposition.get("filename");
        current = new Part(name, withoutNul(fileName), headers.get("content-type"), new Body());
        return current;
    }

    /** At most {@code length} bytes of the current part's body; -1 once the delimiter after it is reached. */
    private int readBody(byte[] bytes, int offset, int length) throws IOException {
        int ready = ready();
        if (ready == 0) {
            return -1;
        }
        int n = Math.min(length, ready);
        System.arraycopy(buffer, head, bytes, offset, n);
        head += n;
        return n;
    }

    /** How many body bytes the buffer holds from {@code head}, reading more when none; 0 once at the delimiter. */
    private int ready() throws IOException {
        while (true) {
            int end = bodyEnd();
            if (end > head) {
                return end - head;
            }
            if (delimiterAt == head) {
                return 0;
            }
            if (!fill()) {
                throw new MalformedMultipartException("The body ended before its closing boundary.");
            }
        }
    }

    /** How far the buffer holds body bytes: up to the delimiter, or up to where one could still begin. */
    private int bodyEnd() {
        if (delimiterAt >= 0) {
            return delimiterAt;
        }
        int m = delimiter.length;
        int last = m - 1;
        byte lastByte = delimiter[last];
        for (int i = Math.max(head, searched); i <= tail - m; ) {
            byte b = buffer[i + last];
            if (b == lastByte && matchesAt(i)) {
                delimiterAt = i;
                return i;
            }
            i += shift[b & 0xff];
        }
        searched = Math.max(searched, tail - last);
        return searched;
    }

    private boolean matchesAt(int at) {
        for (int j = delimiter.length - 2; j >= 0; j--) {
            if (buffer[at + j] != delimiter[j]) {
                return false;
            }
        }
        return true;
    }

    /** Moves what is left to the buffer's start and reads more after it; false at the end of the input. */
    private boolean fill() throws IOException {
        if (head > 0) {
            System.arraycopy(buffer, head, buffer, 0, tail - head);
            tail -= head;
            searched = Math.max(0, searched - head);
            delimiterAt = delimiterAt < 0 ? -1 : delimiterAt - head;
            head = 0;
        }
        if (tail == buffer.length) {
            throw new IllegalStateException("A full buffer must hold either body bytes or a delimiter");
        }
        int read = in.read(buffer, tail, buffer.length - tail);
        if (read == -1) {
            return false;
        }
        tail += read;
        return true;
    }

    private void require(int bytes) throws IOException {
        while (tail - head < bytes) {
            if (!fill()) {
                throw new MalformedMultipartException("The body ended inside a part's boundary or headers.");
            }
        }
    }

    /** The header lines up to the blank one, by lower-case name; a repeated name keeps its first value. */
    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int total = 0;
        while (true) {
            require(1);
            byte b = buffer[head++];
            if (++total > maxHeaderBytes) {
                throw new MalformedMultipartException("A part's headers are longer than " + maxHeaderBytes + " bytes.");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                return headers;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("A part's header line has no name: '" + text + "'.");
            }
            headers.putIfAbsent(
                    text.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    text.substring(colon + 1).strip());
        }
    }

    /**
     * A header's value and parameters: {@code form-data; name="file"; filename="a.pdf"} gives "" = form-data (the
     * value, lower case), name = file, filename = a.pdf. Parameter names in lower case; quoted values as written
     * between their quotes (a backslash keeps the quote after it inside the value).
     */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int semicolon = header.indexOf(';');
        parameters.put(
                "",
                (semicolon < 0 ? header : header.substring(0, semicolon))
                        .strip()
                        .toLowerCase(Locale.ROOT));
        int i = semicolon < 0 ? header.length() : semicolon + 1;
        while (i < header.length()) {
            int equals = header.indexOf('=', i);
            int nextSemicolon = header.indexOf(';', i);
            if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
                i = nextSemicolon < 0 ? header.length() : nextSemicolon + 1; // a parameter without a value
                continue;
            }
            String name = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            int start = equals + 1;
            while (start < header.length() && header.charAt(start) == ' ') {
                start++;
            }
            String value;
            if (start < header.length() && header.charAt(start) == '"') {
                int end = start + 1;
                while (end < header.length() && header.charAt(end) != '"') {
                    end += header.charAt(end) == '\\' && end + 1 < header.length() ? 2 : 1;
                }
                value = header.substring(start + 1, Math.min(end, header.length()));
                int after = header.indexOf(';', Math.min(end + 1, header.length()));
                i = after < 0 ? header.length() : after + 1;
            } else {
                int end = nextSemicolon < 0 ? header.length() : nextSemicolon;
                value = header.substring(start, end).strip();
                i = end + 1;
            }
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** An RFC 8187 value ({@code UTF-8''B%C3%A1o%20c%C3%A1o.pdf}); as written when it is not one. */
    private static String extendedValue(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return value;
        }
        try {
            Charset charset = Charset.forName(value.substring(0, first));
            return URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"), charset);
        } catch (IllegalArgumentException ex) {
            return value;
        }
    }

    /** A NUL cannot be in a file name; dropped like every other character the sanitiser drops. */
    private static String withoutNul(String fileName) {
        return fileName == null ? null : fileName.replace("\0", "");
    }

    /** The current part's bytes, up to its delimiter. */
    private final class Body extends InputStream {

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (current == null || current.body() != this) {
                throw new IOException("This part's body was left for the next part");
            }
            return length == 0 ? 0 : readBody(bytes, offset, length);
        }
    }
}
