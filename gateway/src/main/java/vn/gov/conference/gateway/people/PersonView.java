package vn.gov.conference.gateway.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A person's account as its managers see it (never a password or a link).
 *
 * @param activationMailSent in the answers that mailed an activation link: whether the letter left (if not, ask for a
 *        new link)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PersonView(
        String id,
        String name,
        String email,
        String role,
        String province,
        String unit,
        String status,
        Instant createdAt,
        String createdBy,
        Instant activatedAt,
        Instant disabledAt,
        String disabledBy,
        Boolean activationMailSent) {

    static PersonView of(Person person) {
        return of(person, null);
    }

    static PersonView of(Person person, Boolean mailSent) {
        return new PersonView(
                person.id(),
                person.name(),
                person.email(),
                person.role().name(),
                person.province(),
                person.unit(),
                person.status().name(),
                person.createdAt(),
                person.createdBy(),
                person.activatedAt(),
                person.disabledAt(),
                person.disabledBy(),
                mailSent);
    }

    record Page(List<PersonView> items, int page, int size, long total) {}
}
