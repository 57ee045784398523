package vn.gov.conference.testing.contracts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The answers a service under test gave while a {@link DocumentedAnswers} test ran: method, path and status,
 * recorded by a filter in front of everything (security included, so 401s count), so that each can be checked
 * against the service's OpenAPI document ({@link OpenApiCheck#undocumented}). Auto-configured into every servlet
 * application a test starts; it keeps nothing while no such test runs.
 */
public final class ObservedStatuses extends OncePerRequestFilter {

    /** One answer as the client saw it. */
    public record Observed(String method, String path, int status) {

        @Override
        public String toString() {
            return method + " " + path + " → " + status;
        }
    }

    private static final List<Observed> OBSERVED = new CopyOnWriteArrayList<>();

    /** Tests recording now: answers are kept only while one is, so long suites and bulk tests keep nothing. */
    private static final AtomicInteger RECORDING = new AtomicInteger();

    /** Starts recording; answers where the record stands now, for {@link #stop(int)}. */
    public static synchronized int start() {
        RECORDING.incrementAndGet();
        return OBSERVED.size();
    }

    /** The answers given since {@code mark}, in this JVM (every service context a test started); stops recording. */
    public static synchronized List<Observed> stop(int mark) {
        List<Observed> since = List.copyOf(OBSERVED.subList(mark, OBSERVED.size()));
        if (RECORDING.decrementAndGet() == 0) {
            OBSERVED.clear();
        }
        return since;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (RECORDING.get() > 0) {
                OBSERVED.add(new Observed(request.getMethod(), request.getRequestURI(), response.getStatus()));
            }
        }
    }
}
