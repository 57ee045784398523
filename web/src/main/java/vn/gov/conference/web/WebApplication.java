package vn.gov.conference.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import vn.gov.conference.sessions.MongoPingHealth;
import vn.gov.conference.sessions.SharedSessions;

/** The delegates' pages: server-rendered HTML over the public API, reached through the gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
// The console's sessions in MongoDB: any replica serves a person signed in at another, and signing out ends the
// session for all of them; their store's health by ping (the local stand-in does not know Boot's hello).
@Import({SharedSessions.class, MongoPingHealth.class})
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
