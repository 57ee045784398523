package vn.gov.conference.web.console.agenda;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.gov.conference.web.console.ConsoleHttp;

/** {@link AgendaApi} over {@link ConsoleHttp}: the person's token on every call, refusals in the API's words. */
@Component
class HttpAgendaApi implements AgendaApi {

    private static final String AGENDA = "/api/plans/{id}/agenda";

    private final ConsoleHttp http;

    HttpAgendaApi(ConsoleHttp http) {
        this.http = http;
    }

    @Override
    public AgendaDocument agenda(String planId) {
        return document(http.get(AgendaDocument.class, AGENDA, Map.of("id", planId)));
    }

    @Override
    public AgendaDocument replace(String planId, String etag, AgendaDocument.Content content) {
        return document(http.put(AgendaDocument.class, AGENDA, Map.of("id", planId), etag, content));
    }

    @Override
    public AgendaDocument publish(String planId) {
        return document(http.post(AgendaDocument.class, AGENDA + "/publish", Map.of("id", planId), null, Map.of()));
    }

    @Override
    public AgendaTimeline timeline(String planId) {
        return http.get(AgendaTimeline.class, AGENDA + "/timeline", Map.of("id", planId))
                .getBody();
    }

    @Override
    public List<AgendaRevision> revisions(String planId) {
        AgendaRevision[] revisions = http.get(AgendaRevision[].class, AGENDA + "/revisions", Map.of("id", planId))
                .getBody();
        return revisions == null ? List.of() : Arrays.asList(revisions);
    }

    @Override
    public byte[] pdf(String planId) {
        return http.get(byte[].class, AGENDA + "/print?format=pdf", Map.of("id", planId))
                .getBody();
    }

    private static AgendaDocument document(ResponseEntity<AgendaDocument> answer) {
        return answer.getBody().withEtag(answer.getHeaders().getETag());
    }
}
