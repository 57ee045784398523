package vn.gov.conference.gateway.people;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.gov.conference.gateway.lockout.Lockouts;

/**
 * People's accounts.
 *
 * @param publicUrl the base of the activation links (the gateway as people reach it)
 * @param mailFrom the sender of the activation letters
 * @param activationValidity how long an activation link works
 * @param lockout when wrong passwords lock an account
 */
@ConfigurationProperties("conference.gateway.people")
record PeopleProperties(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("khong-tra-loi@conference.gov.vn") String mailFrom,
        @DefaultValue("72h") Duration activationValidity,
        Lockouts.Policy lockout) {}
