package vn.gov.conference.gateway.people;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;
import vn.gov.conference.gateway.clients.UnitDirectory;
import vn.gov.conference.gateway.lockout.Lockouts;

/** People's accounts exist with the embedded authorization server; an external issuer (Keycloak) keeps its own. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class PeopleConfiguration {

    @Bean
    PeopleService peopleService(
            People people,
            UnitDirectory units,
            ActivationMail mail,
            PasswordEncoder encoder,
            PeopleProperties properties,
            Clock clock) {
        return new PeopleService(people, units, mail, encoder, properties, clock);
    }

    /** The demo people are seeded from the demo clients file: where there is none (production), nobody is. */
    @Bean
    PasswordLogins passwordLogins(
            People people,
            PasswordEncoder encoder,
            Lockouts lockouts,
            PeopleProperties properties,
            ResourceLoader resources,
            Clock clock,
            @Value("${conference.gateway.auth.clients-file:}") String clientsFile) {
        if (StringUtils.hasText(clientsFile)) {
            SeededPeople.seed(people, resources.getResource(clientsFile), encoder, clock.instant());
        }
        return new PasswordLogins(people, encoder, lockouts, properties.lockout());
    }
}
