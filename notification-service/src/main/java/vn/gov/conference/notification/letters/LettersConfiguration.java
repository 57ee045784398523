package vn.gov.conference.notification.letters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.conference.notification.email.MailSettings;

@Configuration(proxyBeanMethods = false)
class LettersConfiguration {

    /** The letters' calendar entries name the sender as their organizer. */
    @Bean
    Letters letters(MailSettings settings) {
        return new Letters(settings.from());
    }
}
