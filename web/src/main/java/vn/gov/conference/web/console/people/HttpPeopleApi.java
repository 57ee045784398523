package vn.gov.conference.web.console.people;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.conference.web.console.ConsoleHttp;

@Component
class HttpPeopleApi implements PeopleApi {

    /** A province has tens of accounts, not thousands: the page reads them all, up to this many. */
    private static final int LIMIT = 1_000;

    private final ConsoleHttp http;

    HttpPeopleApi(ConsoleHttp http) {
        this.http = http;
    }

    @Override
    public List<StaffAccount> accounts(String province) {
        return http.all(StaffAccount.class, "/api/users?province={province}", Map.of("province", province), LIMIT);
    }

    @Override
    public StaffAccount account(String id) {
        return http.get(StaffAccount.class, "/api/users/{id}", Map.of("id", id)).getBody();
    }

    @Override
    public StaffAccount create(NewAccount account) {
        return http.post(StaffAccount.class, "/api/users", Map.of(), null, account)
                .getBody();
    }

    @Override
    public StaffAccount reinvite(String id) {
        return http.post(StaffAccount.class, "/api/users/{id}/activation-link", Map.of("id", id), null, Map.of())
                .getBody();
    }

    @Override
    public void disable(String id) {
        http.delete("/api/users/{id}", Map.of("id", id));
    }
}
