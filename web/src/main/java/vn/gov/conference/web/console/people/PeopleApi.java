package vn.gov.conference.web.console.people;

import java.util.List;

/** The province's staff accounts through the API ({@code /api/users}), with the signed-in office's token. */
public interface PeopleApi {

    /** Every account the office manages (its province's offices and departments), as the API lists them. */
    List<StaffAccount> accounts(String province);

    StaffAccount account(String id);

    /** Creates an account; the API mails the person a one-time activation link. */
    StaffAccount create(NewAccount account);

    /** Mails a new link: to activate an account not active yet, or to choose a new password for an active one. */
    StaffAccount reinvite(String id);

    /** The person can no longer sign in. */
    void disable(String id);

    /** What {@code POST /api/users} takes. */
    record NewAccount(String name, String email, String role, String province, String unit) {}
}
