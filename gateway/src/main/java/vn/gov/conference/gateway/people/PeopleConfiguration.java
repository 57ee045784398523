package vn.gov.conference.gateway.people;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.conference.gateway.clients.UnitDirectory;
import vn.gov.conference.gateway.lockout.Lockouts;

/** People's accounts exist with the embedded authorization server; an external issuer (Keycloak) keeps its own. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "conference.gateway.auth.embedded-server", matchIfMissing = true)
class PeopleConfiguration {

    @Bean
    PeopleService peopleService(People people, UnitDirectory units, ActivationMail mail, PasswordEncoder encoder,
            PeopleProperties properties, Clock clock) {
        return new PeopleService(people, units, mail, encoder, properties, clock);
    }

    @Bean
    PasswordLogins passwordLogins(People people, PasswordEncoder encoder, Lockouts lockouts,
            PeopleProperties properties) {
        return new PasswordLogins(people, encoder, lockouts, properties.lockout());
    }
}
