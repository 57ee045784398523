package vn.gov.conference.testing.contracts;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every answer a service under test gave: method, path and status, recorded by a filter in front of everything
 * (security included, so 401s count), so that a test can check each one against the service's OpenAPI document
 * ({@link OpenApiCheck#undocumented}). Auto-configured into every servlet application a test starts.
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

    /** Where the record stands now, for {@link #since(int)}. */
    public static int mark() {
        return OBSERVED.size();
    }

    /** The answers given after {@code mark}, in this JVM (every service context a test started). */
    public static List<Observed> since(int mark) {
        return List.copyOf(OBSERVED.subList(mark, OBSERVED.size()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            OBSERVED.add(new Observed(request.getMethod(), request.getRequestURI(), response.getStatus()));
        }
    }
}
