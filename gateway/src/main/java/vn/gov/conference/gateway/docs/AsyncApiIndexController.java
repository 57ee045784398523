package vn.gov.conference.gateway.docs;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.gov.conference.gateway.routing.Services;

/** {@code /asyncapi}: where each service's AsyncAPI document (its published events) can be read. */
@RestController
class AsyncApiIndexController {

    record AsyncApiDocument(String service, String url) {}

    @GetMapping(path = "/asyncapi", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AsyncApiDocument> index() {
        return Services.ALL.stream()
                .map(service -> new AsyncApiDocument(service, "/asyncapi/" + service + ".json"))
                .toList();
    }

    @GetMapping(path = "/asyncapi", produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Events (AsyncAPI)</title></head>
                <body><h1>Events each service publishes (AsyncAPI 3)</h1><ul>
                """);
        for (AsyncApiDocument document : index()) {
            page.append("<li><a href=\"")
                    .append(HtmlUtils.htmlEscape(document.url()))
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(document.service()))
                    .append("</a></li>\n");
        }
        return page.append("</ul><p>REST operations: <a href=\"/swagger-ui.html\">Swagger UI</a></p></body></html>\n")
                .toString();
    }
}
