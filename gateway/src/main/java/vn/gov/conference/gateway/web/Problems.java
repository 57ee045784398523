package vn.gov.conference.gateway.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import vn.gov.conference.platform.web.RequestIds;

/**
 * RFC 9457 answers for refusals the gateway makes itself, often from servlet filters that run before (or instead of)
 * Spring MVC and its message converters: hence written by hand, always as {@code application/problem+json}.
 */
public final class Problems {

    private static final String TYPE_PREFIX = "https://conference.gov.vn/problems/";

    private Problems() {
    }

    /** A problem whose {@code type} names the refusal ({@code https://conference.gov.vn/problems/<slug>}). */
    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("rule", slug);
        String requestId = RequestIds.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonMapper.shared().writeValue(response.getOutputStream(), asMap(problem));
        response.flushBuffer();
    }

    static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
