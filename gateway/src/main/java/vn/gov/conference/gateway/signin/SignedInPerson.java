package vn.gov.conference.gateway.signin;

import java.io.Serializable;
import java.security.Principal;
import vn.gov.conference.gateway.people.Person;

/** Who signed in at the login form: the session's principal, and the source of the console tokens' claims. */
public record SignedInPerson(String email, String name, String role, String province, String unit)
        implements Principal, Serializable {

    static SignedInPerson of(Person person) {
        return new SignedInPerson(
                person.email(), person.name(), person.role().name(), person.province(), person.unit());
    }

    /** The tokens' {@code sub}: the address, as the services record who did what. */
    @Override
    public String getName() {
        return this.email;
    }
}
