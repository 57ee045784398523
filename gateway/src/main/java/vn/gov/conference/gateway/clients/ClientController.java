package vn.gov.conference.gateway.clients;

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

/** The machine clients of the embedded authorization server, served by the gateway itself (not proxied). */
@RestController
@RequestMapping("/api/clients")
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
@Tag(
        name = "clients",
        description = "Machine clients: create, list, rotate the secret, revoke (ADMIN; an office for "
                + "its own province's departments)")
class ClientController {

    private final ClientService clients;

    ClientController(ClientService clients) {
        this.clients = clients;
    }

    @PostMapping
    @Operation(summary = "Create a client; its secret is in this answer only (stored hashed)")
    ResponseEntity<ClientView> create(
            @RequestBody ClientService.NewClient body,
            Authentication authentication,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        ClientService.Issued issued = this.clients.create(body, Caller.of(authentication), authorization);
        return ResponseEntity.created(
                        URI.create("/api/clients/" + issued.client().clientId()))
                .body(ClientView.withSecret(issued.client(), issued.secret()));
    }

    @GetMapping
    @Operation(summary = "List clients by province and role (an office sees its own province's departments)")
    ClientView.Page list(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Authentication authentication) {
        ClientAccounts.Found found = this.clients.list(province, role, page, size, Caller.of(authentication));
        return new ClientView.Page(found.clients().stream().map(ClientView::of).toList(), page, size, found.total());
    }

    @GetMapping("/{clientId}")
    @Operation(summary = "Read a client (never its secret)")
    ClientView get(@PathVariable String clientId, Authentication authentication) {
        return ClientView.of(this.clients.get(clientId, Caller.of(authentication)));
    }

    @PostMapping("/{clientId}/secret")
    @Operation(summary = "Rotate the secret: the new one is in this answer only, the old one stops working at once")
    ClientView rotate(@PathVariable String clientId, Authentication authentication) {
        ClientService.Issued issued = this.clients.rotate(clientId, Caller.of(authentication));
        return ClientView.withSecret(issued.client(), issued.secret());
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke: no new token at once; its tokens are refused by the gateway within seconds")
    void revoke(@PathVariable String clientId, Authentication authentication) {
        this.clients.revoke(clientId, Caller.of(authentication));
    }
}
