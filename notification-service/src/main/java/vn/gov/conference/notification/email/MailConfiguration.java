package vn.gov.conference.notification.email;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.gov.conference.notification.NotificationProperties;
import vn.gov.conference.notification.letters.Letters;

@Configuration(proxyBeanMethods = false)
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
    MimeComposer mimeComposer(NotificationProperties properties) {
        return new MimeComposer(properties.mail().from(), properties.mail().fromName(), "conference.gov.vn");
    }

    @Bean
    SendRateLimiter sendRateLimiter(NotificationProperties properties, Clock clock,
                                    MongoTemplate mongo) {
        // Shared through the database: a province's rate holds whatever the number of replicas.
        return new SendRateLimiter(properties.mail().burst(), properties.mail().perMinute(), clock, mongo);
    }

    @Bean
    Letters letters(NotificationProperties properties) {
        return new Letters(properties.mail().from());
    }
}
