package vn.gov.conference.notification.email;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender and the outbox relay, with working local defaults.
 *
 * @param from          the sender's address, also the calendar organizer
 * @param fromName      the sender's display name
 * @param relayInterval how often the outbox relay looks for due emails
 * @param batchSize     emails per pass
 * @param sessions      SMTP connections a pass sends over at once, each with its share of the pass; a relay killed in
 *                      the middle may send again at most one letter per connection (the one the server had accepted
 *                      and the outbox not yet recorded)
 * @param lease         how long a relay may hold an email before another takes it over
 * @param maxAttempts   attempts before an email is given up
 * @param initialBackoff the pause after the first failure, growing by {@code backoffMultiplier}
 * @param maxBackoff    the longest pause
 * @param burst         emails a province may send at once
 * @param perMinute     emails a province may send per minute after that
 */
@ConfigurationProperties("conference.notification.mail")
public record MailSettings(
        @DefaultValue("hoinghi@conference.gov.vn") String from,
        @DefaultValue("Hệ thống tổ chức hội nghị") String fromName,
        @DefaultValue("1s") Duration relayInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("2") int sessions,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("4.0") double backoffMultiplier,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("30") int burst,
        @DefaultValue("60") int perMinute) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, backoffMultiplier, maxBackoff);
    }
}
