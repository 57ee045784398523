package vn.gov.conference.web.console;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    public PlanSummary.Page plans(String status, String index, Integer year, String query, int page) {
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder uri = new StringBuilder("/api/plans?page={page}&size=50");
        variables.put("page", page);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("index", index);
        filters.put("year", year);
        filters.put("q", query);
        filters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                uri.append('&').append(name).append("={").append(name).append('}');
                variables.put(name, value);
            }
        });
        return http.get(PlanSummary.Page.class, uri.toString(), variables).getBody();
    }

    @Override
    public PlanDocument create(String planJson) {
        return document(http.postJson(PlanDocument.class, "/api/plans", Map.of(), planJson));
    }

    @Override
    public PlanDocument submit(String planId, String etag) {
        return lifecycle(planId, "submit", etag, Map.of());
    }

    @Override
    public PlanDocument revise(String planId, String etag, Map<String, Object> mergePatch) {
        return document(http.patch(PlanDocument.class, "/api/plans/{id}", Map.of("id", planId), etag, mergePatch));
    }

    @Override
    public Readiness readiness(String planId) {
        return http.get(Readiness.class, "/api/plans/{id}/readiness", Map.of("id", planId))
                .getBody();
    }

    @Override
    public Timeline timeline(String planId) {
        return http.get(Timeline.class, "/api/plans/{id}/agenda/timeline", Map.of("id", planId))
                .getBody();
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

    @Override
    public List<Reference.Unit> units(String province, LocalDate on) {
        List<Reference.Unit> units = new ArrayList<>();
        for (String filter :
                province == null ? List.of("kind=MINISTRY") : List.of("province={province}", "kind=MINISTRY")) {
            for (int page = 0; page < 50; page++) {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put("province", province);
                variables.put("page", page);
                StringBuilder uri = new StringBuilder("/api/reference/units?")
                        .append(filter)
                        .append("&page={page}&size=100");
                if (on != null) {
                    uri.append("&on={on}");
                    variables.put("on", on);
                }
                Reference.UnitPage found = http.get(Reference.UnitPage.class, uri.toString(), variables)
                        .getBody();
                if (found == null || found.items() == null) {
                    break;
                }
                found.items().stream()
                        .filter(unit -> filter.startsWith("province") || unit.province() == null)
                        .forEach(units::add);
                if ((long) (page + 1) * 100 >= found.total()) {
                    break;
                }
            }
        }
        return units;
    }

    @Override
    public List<Reference.Index> indices() {
        Reference.Index[] indices = http.get(Reference.Index[].class, "/api/reference/indices", Map.of())
                .getBody();
        return indices == null ? List.of() : List.of(indices);
    }

    private PlanDocument lifecycle(String planId, String action, String etag, Map<String, Object> body) {
        return document(http.post(
                PlanDocument.class, "/api/plans/{id}/{action}", Map.of("id", planId, "action", action), etag, body));
    }

    private static PlanDocument document(ResponseEntity<PlanDocument> answer) {
        return answer.getBody().withEtag(answer.getHeaders().getETag());
    }
}
