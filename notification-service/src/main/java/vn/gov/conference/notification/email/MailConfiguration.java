package vn.gov.conference.notification.email;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    /**
     * Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader on every header it encodes or decodes
     * (jakartaee/mail-api#861), which through Spring Boot's nested jars made composing one letter cost tens of
     * milliseconds and capped the relay at a few letters a second. Naming the provider makes the lookup a plain
     * class load; an operator's own setting wins.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Bean
    MimeComposer mimeComposer(MailSettings settings) {
        return new MimeComposer(settings.from(), settings.fromName(), "conference.gov.vn");
    }

    @Bean
    SendRateLimiter sendRateLimiter(MailSettings settings, Clock clock, MongoTemplate mongo) {
        // Shared through the database: a province's rate holds whatever the number of replicas.
        return new SendRateLimiter(settings.burst(), settings.perMinute(), clock, mongo);
    }
}
