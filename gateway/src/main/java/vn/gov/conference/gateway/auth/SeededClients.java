package vn.gov.conference.gateway.auth;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;
import vn.gov.conference.gateway.clients.ClientAccount;
import vn.gov.conference.gateway.clients.ClientAccounts;
import vn.gov.conference.platform.security.Role;

/**
 * The first clients of a fresh store; a store that holds any client is left as it is, so clients created, rotated or
 * revoked through the API survive restarts. Locally the demo clients file seeds it; in production (no clients file)
 * only the operators' {@code admin} client, with the secret the deployment gives it, and the operators create the rest.
 */
final class SeededClients {

    private static final Logger log = LoggerFactory.getLogger(SeededClients.class);

    static final String ADMIN_CLIENT = "admin";

    private SeededClients() {}

    static void seed(
            ClientAccounts accounts,
            AuthProperties properties,
            ResourceLoader resources,
            PasswordEncoder encoder,
            Instant now) {
        if (!accounts.isEmpty()) {
            return;
        }
        List<ClientRegistration> clients = first(properties, resources);
        for (ClientRegistration client : clients) {
            String hash = client.secret().startsWith("{") ? client.secret() : encoder.encode(client.secret());
            try {
                accounts.insert(ClientAccount.create(
                        client.id(),
                        client.name(),
                        client.role(),
                        client.province(),
                        client.unit(),
                        hash,
                        now,
                        "seed"));
            } catch (DuplicateKeyException ex) {
                // Another replica seeded the same store at the same moment.
            }
        }
        log.info(
                "Seeded {} clients into a fresh store{}",
                clients.size(),
                StringUtils.hasText(properties.clientsFile()) ? " from " + properties.clientsFile() : "");
    }

    private static List<ClientRegistration> first(AuthProperties properties, ResourceLoader resources) {
        if (StringUtils.hasText(properties.clientsFile())) {
            return ClientsFile.read(resources.getResource(properties.clientsFile()));
        }
        if (!StringUtils.hasText(properties.adminSecret())
                || properties.adminSecret().length() < 16) {
            throw new IllegalStateException("With no clients file (CONFERENCE_AUTH_CLIENTS_FILE) the embedded "
                    + "authorization server starts with one client, 'admin', whose secret must be given: set "
                    + "CONFERENCE_AUTH_ADMIN_SECRET (at least 16 characters, e.g. openssl rand -base64 32).");
        }
        return List.of(new ClientRegistration(
                ADMIN_CLIENT, properties.adminSecret(), "Quản trị hệ thống", Role.ADMIN, null, "BNV"));
    }
}
