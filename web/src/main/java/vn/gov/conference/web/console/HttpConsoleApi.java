package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The plans API over {@link ConsoleHttp}: lists, one plan with its ETag, the approver's decisions. */
@Component
class HttpConsoleApi implements ConsoleApi {

    private final ConsoleHttp http;

    HttpConsoleApi(ConsoleHttp http) {
        this.http = http;
    }

    @Override
    public PlanSummary.Page plans(String status, String query, int page) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder uri = new StringBuilder("/api/plans?page={page}&size=50");
        variables.put("page", page);
        if (status != null && !status.isBlank()) {
            uri.append("&status={status}");
            variables.put("status", status);
        }
        if (query != null && !query.isBlank()) {
            uri.append("&q={q}");
            variables.put("q", query);
        }
        return http.get(PlanSummary.Page.class, uri.toString(), variables).getBody();
    }

    @Override
    public PlanDocument plan(String planId) {
        return document(http.get(PlanDocument.class, "/api/plans/{id}", Map.of("id", planId)));
    }

    @Override
    public PlanDocument approve(String planId, String etag, LocalDate issuedOn, Integer number) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (issuedOn != null) {
            body.put("issuedOn", issuedOn);
        }
        if (number != null) {
            body.put("number", number);
        }
        return lifecycle(planId, "approve", etag, body);
    }

    @Override
    public PlanDocument returnForCorrection(String planId, String etag, String reason) {
        return lifecycle(planId, "return", etag, Map.of("reason", reason));
    }

    @Override
    public PlanDocument schedule(String planId, String etag, OffsetDateTime start) {
        return lifecycle(planId, "schedule", etag, Map.of("start", start));
    }

    private PlanDocument lifecycle(String planId, String action, String etag, Map<String, Object> body) {
        return document(http.post(PlanDocument.class, "/api/plans/{id}/{action}",
                Map.of("id", planId, "action", action), etag, body));
    }

    private static PlanDocument document(ResponseEntity<PlanDocument> answer) {
        return answer.getBody().withEtag(answer.getHeaders().getETag());
    }
}
