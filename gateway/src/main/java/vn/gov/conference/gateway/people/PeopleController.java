package vn.gov.conference.gateway.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.gateway.auth.Caller;

/** People's accounts for the staff console, served by the gateway itself (not proxied). */
@RestController
@RequestMapping("/api/users")
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
@Tag(
        name = "users",
        description = "People's accounts: create (an activation link is mailed), list, disable; the "
                + "activation itself (ADMIN; an office for its own province's staff and departments)")
class PeopleController {

    private final PeopleService people;

    PeopleController(PeopleService people) {
        this.people = people;
    }

    @PostMapping
    @Operation(summary = "Create an account; the person gets a one-time activation link by email")
    ResponseEntity<PersonView> create(
            @RequestBody PeopleService.NewPerson body,
            Authentication authentication,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        PeopleService.Invited invited = this.people.create(body, Caller.of(authentication), authorization);
        return ResponseEntity.created(
                        URI.create("/api/users/" + invited.person().id()))
                .body(PersonView.of(invited.person(), invited.mailSent()));
    }

    @GetMapping
    @Operation(summary = "List accounts by province and role (an office sees its own province's staff and departments)")
    PersonView.Page list(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Authentication authentication) {
        People.Found found = this.people.list(province, role, page, size, Caller.of(authentication));
        return new PersonView.Page(found.people().stream().map(PersonView::of).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an account")
    PersonView get(@PathVariable String id, Authentication authentication) {
        return PersonView.of(this.people.get(id, Caller.of(authentication)));
    }

    @PostMapping("/{id}/activation-link")
    @Operation(summary = "Mail a new activation link to a person who has not chosen a password yet")
    PersonView reinvite(@PathVariable String id, Authentication authentication) {
        PeopleService.Invited invited = this.people.reinvite(id, Caller.of(authentication));
        return PersonView.of(invited.person(), invited.mailSent());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disable an account: it can no longer sign in")
    void disable(@PathVariable String id, Authentication authentication) {
        this.people.disable(id, Caller.of(authentication));
    }

    @PostMapping("/activation")
    @Operation(
            summary = "Choose a password with the token of the activation link (no access token needed); at least "
                    + "12 characters, not the email or name, not all one kind of character")
    PersonView activate(@RequestBody PeopleService.Activation body) {
        return PersonView.of(this.people.activate(body));
    }
}
