package vn.gov.conference.gateway.clients;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.conference.gateway.auth.Caller;
import vn.gov.conference.gateway.web.Refusal;
import vn.gov.conference.platform.paging.PageBounds;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Creating, reading, rotating and revoking machine clients, and who may: an ADMIN any client; an OFFICE only the
 * DEPARTMENT clients of its own province (another province's do not exist for it); nobody else.
 */
public class ClientService {

    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final SecureRandom random = new SecureRandom();

    private final ClientAccounts accounts;

    private final RevokedClients revoked;

    private final UnitDirectory units;

    private final PasswordEncoder encoder;

    private final Clock clock;

    public ClientService(
            ClientAccounts accounts,
            RevokedClients revoked,
            UnitDirectory units,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.revoked = revoked;
        this.units = units;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** What a new client is to be: the body of {@code POST /api/clients}. */
    public record NewClient(String name, String role, String province, String unit) {}

    /** A client and, once only, its secret in clear. */
    public record Issued(ClientAccount client, String secret) {}

    Issued create(NewClient request, Caller caller, String authorization) {
        String name = Membership.required("name", request.name());
        if (name.length() > 200) {
            throw Refusal.invalid("name", "too-long", "A client's name has at most 200 characters.");
        }
        Membership membership = Membership.of(request.role(), request.province(), request.unit());
        checkCanManage(caller, membership.role(), membership.province(), true);
        membership.checkUnit(this.units, authorization, this.clock);
        String secret = secret();
        ClientAccount client = ClientAccount.create(
                newId(membership.unit()),
                name,
                membership.role(),
                membership.province(),
                membership.unit(),
                this.encoder.encode(secret),
                this.clock.instant(),
                caller.subject());
        this.accounts.insert(client);
        return new Issued(client, secret);
    }

    ClientAccounts.Found list(String province, String role, int page, int size, Caller caller) {
        PageBounds.check(page, size);
        Role wanted = role == null || role.isBlank() ? null : Membership.role(role);
        String inProvince = VietnameseText.nfcOrNull(province);
        if (caller.is(Role.OFFICE)) {
            if (inProvince != null && !inProvince.equals(caller.province())
                    || wanted != null && wanted != Role.DEPARTMENT) {
                return new ClientAccounts.Found(List.of(), 0);
            }
            return this.accounts.find(caller.province(), Role.DEPARTMENT, page, size);
        }
        checkAdmin(caller);
        return this.accounts.find(inProvince, wanted, page, size);
    }

    ClientAccount get(String clientId, Caller caller) {
        ClientAccount client =
                this.accounts.find(clientId).orElseThrow(() -> Refusal.notFound("No client " + clientId + "."));
        checkCanManage(caller, client.role(), client.province(), false);
        return client;
    }

    Issued rotate(String clientId, Caller caller) {
        ClientAccount client = get(clientId, caller);
        if (client.isRevoked()) {
            throw Refusal.conflict("client-revoked", "The client " + clientId + " was revoked; create a new one.");
        }
        String secret = secret();
        client.rotate(this.encoder.encode(secret), this.clock.instant());
        return new Issued(this.accounts.save(client), secret);
    }

    ClientAccount revoke(String clientId, Caller caller) {
        ClientAccount client = get(clientId, caller);
        if (clientId.equals(caller.subject())) {
            throw Refusal.conflict("own-client", "A client cannot revoke itself; ask another operator.");
        }
        client.revoke(caller.subject(), this.clock.instant());
        ClientAccount saved = this.accounts.save(client);
        this.revoked.revoked(clientId);
        return saved;
    }

    /**
     * For a new client ({@code creating}): 403 naming the rule. For an existing one, a client of another province is
     * answered 404 to an office, as if it did not exist.
     */
    private static void checkCanManage(Caller caller, Role role, String province, boolean creating) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        if (!caller.is(Role.OFFICE)) {
            throw Refusal.forbidden(
                    "clients-managed-by-admin-or-office",
                    "Only the operators (ADMIN) and a province's office manage clients.");
        }
        if (province == null || !province.equals(caller.province())) {
            if (!creating) {
                throw Refusal.notFound("No such client in " + caller.province() + ".");
            }
            throw Refusal.forbidden(
                    "own-province-only",
                    "An office manages the clients of its own province (" + caller.province() + ") only.");
        }
        if (role != Role.DEPARTMENT) {
            throw Refusal.forbidden(
                    "office-manages-departments",
                    "An office manages its departments' clients only; " + role + " clients are the operators'.");
        }
    }

    private static void checkAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw Refusal.forbidden(
                    "clients-managed-by-admin-or-office",
                    "Only the operators (ADMIN) and a province's office manage clients.");
        }
    }

    /** The unit in lower case and a random tail: readable in logs, never reused after a revocation. */
    private String newId(String unit) {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder id = new StringBuilder(
                            unit.toLowerCase(Locale.ROOT).replace('.', '-').replace('_', '-'))
                    .append('-');
            for (int i = 0; i < 6; i++) {
                id.append(ID_ALPHABET.charAt(this.random.nextInt(ID_ALPHABET.length())));
            }
            if (this.accounts.find(id.toString()).isEmpty()) {
                return id.toString();
            }
        }
        throw new DuplicateKeyException("No free client id for " + unit);
    }

    /** 256 random bits. */
    private String secret() {
        byte[] bytes = new byte[32];
        this.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
