package vn.gov.conference.web.console.invitations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.web.console.ConsoleHttp;

@Component
class HttpInvitationsApi implements InvitationsApi {

    private final ConsoleHttp http;
    private final JsonMapper json;

    /** The most invitees one page of the console lists: a whole provincial conference, not a national one. */
    static final int MAX_SHOWN = 10_000;

    HttpInvitationsApi(ConsoleHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    @Override
    public List<Invitation> invitations(String planId, String status, String query) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("id", planId);
        StringBuilder uri = new StringBuilder("/api/plans/{id}/invitations");
        char separator = '?';
        if (status != null) {
            uri.append(separator).append("status={status}");
            variables.put("status", status);
            separator = '&';
        }
        if (query != null) {
            uri.append(separator).append("q={q}");
            variables.put("q", query);
        }
        return http.all(Invitation.class, uri.toString(), variables, MAX_SHOWN);
    }

    @Override
    public Imported importCsv(String planId, byte[] csv, String contentType) {
        return http.postBytes(
                        Imported.class, "/api/plans/{id}/invitations/import", Map.of("id", planId), contentType, csv)
                .getBody();
    }

    @Override
    public Reminded remind(String planId, List<String> invitationIds, String key) {
        return http.postOnce(
                        Reminded.class,
                        "/api/plans/{id}/reminders",
                        Map.of("id", planId),
                        key,
                        Map.of("invitationIds", invitationIds))
                .getBody();
    }
}
