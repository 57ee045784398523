package vn.gov.conference.notification.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings that several features read, with working local defaults. The mail settings are the email
 * feature's own ({@code email/MailSettings}, under {@code conference.notification.mail}).
 *
 * @param publicUrl          where delegates' links point (CONFERENCE_PUBLIC_URL, the gateway)
 * @param answerLead         how long before the conference answers are due
 * @param materialReminderLead how long before a department's deadline it is reminded
 */
@ConfigurationProperties("conference.notification")
public record NotificationProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("P1D") Duration answerLead,
        @DefaultValue("P2D") Duration materialReminderLead) {

    /** {@code publicUrl} without a trailing slash: what every link a letter carries starts with. */
    public String publicBase() {
        return publicUrl.replaceAll("/+$", "");
    }
}
