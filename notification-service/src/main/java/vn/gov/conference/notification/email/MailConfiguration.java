package vn.gov.conference.notification.email;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.gov.conference.notification.NotificationProperties;
import vn.gov.conference.notification.letters.Letters;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MimeComposer mimeComposer(NotificationProperties properties) {
        return new MimeComposer(properties.mail().from(), properties.mail().fromName(), "conference.gov.vn");
    }

    @Bean
    SendRateLimiter sendRateLimiter(NotificationProperties properties, Clock clock) {
        return new SendRateLimiter(properties.mail().burst(), properties.mail().perMinute(), clock);
    }

    @Bean
    Letters letters(NotificationProperties properties) {
        return new Letters(properties.mail().from());
    }
}
