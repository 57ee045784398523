package vn.gov.conference.web.console.central;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.conference.web.console.ConsoleHttp;
import vn.gov.conference.web.console.Readiness;

@Component
class HttpCentralApi implements CentralApi {

    private final ConsoleHttp http;

    HttpCentralApi(ConsoleHttp http) {
        this.http = http;
    }

    @Override
    public Coverage coverage(int year, String index) {
        return http.get(
                        Coverage.class,
                        "/api/readiness/coverage?year={year}" + (index == null ? "" : "&index={index}"),
                        variables(year, index))
                .getBody();
    }

    @Override
    public Readiness.National national(int year, String index) {
        return http.get(
                        Readiness.National.class,
                        "/api/readiness?year={year}" + (index == null ? "" : "&index={index}"),
                        variables(year, index))
                .getBody();
    }

    @Override
    public List<IndexName> indices() {
        return List.of(
                http.get(IndexName[].class, "/api/reference/indices", Map.of()).getBody());
    }

    private static Map<String, Object> variables(int year, String index) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("year", year);
        if (index != null) {
            variables.put("index", index);
        }
        return variables;
    }
}
