package vn.gov.conference.gateway;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.gov.conference.sessions.MongoPingHealth;
import vn.gov.conference.sessions.SharedSessions;

/**
 * The one entry point of the system: routes {@code /api/**} to the four services, authenticates every call, limits
 * rates and body sizes, and serves the aggregated API documentation.
 *
 * <p>Built on Spring Cloud Gateway <b>server-webmvc</b> rather than server-webflux, for two reasons. The embedded
 * OAuth2 authorization server (Spring Authorization Server, part of Spring Security 7) is servlet-based, so it runs in
 * this same application instead of a second process. And with virtual threads
 * ({@code spring.threads.virtual.enabled}) the blocking proxy costs one cheap virtual thread per request in flight, so
 * the reactive stack would buy no throughput here, only a second programming model. Request bodies are still
 * streamed to the backend, never buffered whole (see {@code limits.BodySizeLimits}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// The login form's session (the request it returns to, its CSRF token, who signed in) in MongoDB: any replica may
// serve each step of a sign-in. The identity store's health by ping (the local stand-in does not know Boot's hello).
@Import({SharedSessions.class, MongoPingHealth.class})
public class GatewayApplication {

    /** When clients were created, secrets rotated, accounts locked; replaced in tests that move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
