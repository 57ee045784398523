package vn.gov.conference.gateway.clients;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The clients of the embedded authorization server. With an external issuer (Keycloak) its clients are managed there,
 * and none of this exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class ClientsConfiguration {

    @Bean
    RevokedClients revokedClients(
            ClientAccounts accounts,
            Clock clock,
            @Value("${conference.gateway.auth.token-time-to-live:10m}") Duration tokenTimeToLive) {
        return new RevokedClients(accounts, clock, tokenTimeToLive);
    }

    @Bean
    ClientService clientService(
            ClientAccounts accounts,
            RevokedClients revoked,
            UnitDirectory units,
            PasswordEncoder encoder,
            Clock clock) {
        return new ClientService(accounts, revoked, units, encoder, clock);
    }
}
