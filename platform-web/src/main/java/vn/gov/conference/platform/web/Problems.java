package vn.gov.conference.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details as every service writes them: {@code type} ends in the rule's code, {@code rule} repeats
 * it, and {@code errors} lists each offending field with the rule it broke.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://conference.gov.vn/problems/";

    private Problems() {
    }

    /** One offending input: the field's path as the client sent it, the rule, and a sentence for people. */
    public record FieldError(String field, String rule, String message) {
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("rule", rule);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, rule, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** For filters that answer before Spring MVC does (authentication, limits). */
    public static void write(HttpServletResponse response, HttpStatus status, String rule, String detail,
                             String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + TYPE_BASE + rule + "\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + escape(detail) + "\",\"instance\":\""
                + escape(instance) + "\",\"rule\":\"" + rule + "\"}");
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
