package vn.gov.conference.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.conference.notification.NotificationProperties;

/**
 * Sends what is due in the email outbox over SMTP: claims each email (optimistic locking, so two instances never
 * send the same one in the same pass), respects each province's send rate, and records the outcome. A refused
 * address or an unbuildable message is permanent; anything else (the relay is down, a 4xx) is tried again later.
 */
@Component
public class EmailRelay {

    private static final Logger log = LoggerFactory.getLogger(EmailRelay.class);

    private final MongoTemplate mongo;
    private final OutboundEmails emails;
    private final JavaMailSender sender;
    private final MimeComposer composer;
    private final SendRateLimiter limiter;
    private final Clock clock;
    private final NotificationProperties.Mail settings;
    private final RetryPolicy policy;

    EmailRelay(MongoTemplate mongo, OutboundEmails emails, JavaMailSender sender, MimeComposer composer,
               SendRateLimiter limiter, Clock clock, NotificationProperties properties) {
        this.mongo = mongo;
        this.emails = emails;
        this.sender = sender;
        this.composer = composer;
        this.limiter = limiter;
        this.clock = clock;
        this.settings = properties.mail();
        this.policy = settings.retryPolicy();
    }

    @Scheduled(initialDelayString = "${conference.notification.mail.relay-interval:1s}",
            fixedDelayString = "${conference.notification.mail.relay-interval:1s}")
    void relay() {
        try {
            sendDue();
        }
        catch (RuntimeException ex) {
            log.warn("Email relay pass failed; next pass retries: {}", ex.getMessage());
        }
    }

    /** One pass; returns how many emails were delivered. */
    public int sendDue() {
        Instant now = clock.instant();
        Query due = Query.query(new Criteria().orOperator(
                        Criteria.where("status").is(OutboundEmail.Status.PENDING.name()).and("nextAttemptAt").lte(now),
                        Criteria.where("status").is(OutboundEmail.Status.SENDING.name()).and("claimedUntil").lt(now)))
                .with(Sort.by("nextAttemptAt")).limit(settings.batchSize());
        List<OutboundEmail> batch = mongo.find(due, OutboundEmail.class);
        int delivered = 0;
        for (OutboundEmail email : batch) {
            if (!email.due(now) || !limiter.tryAcquire(email.tenant())) {
                continue;
            }
            OutboundEmail claimed;
            try {
                email.claim(now, settings.lease());
                claimed = emails.save(email);
            }
            catch (OptimisticLockingFailureException ex) {
                continue;
            }
            if (send(claimed)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(OutboundEmail email) {
        boolean delivered;
        try {
            MimeMessage message = composer.compose(email, sender.createMimeMessage().getSession());
            sender.send(message);
            email.delivered(clock.instant());
            delivered = true;
        }
        catch (MessagingException | MailParseException | MailPreparationException ex) {
            email.failed(clock.instant(), describe(ex), true, policy);
            delivered = false;
        }
        catch (MailException ex) {
            email.failed(clock.instant(), describe(ex), refusedAddress(ex), policy);
            delivered = false;
        }
        if (!delivered) {
            log.warn("Email {} ({}) to {} failed, attempt {}: {}", email.id(), email.kind(), email.recipient(),
                    email.attempts(), email.lastError());
        }
        try {
            emails.save(email);
        }
        catch (OptimisticLockingFailureException ex) {
            log.warn("Email {} changed while it was being sent; its outcome is not recorded", email.id());
        }
        return delivered;
    }

    /** The relay refused a recipient (a 5xx to RCPT TO): trying again cannot help. */
    static boolean refusedAddress(MailException ex) {
        if (ex instanceof MailSendException send) {
            return send.getFailedMessages().values().stream().anyMatch(cause -> cause instanceof SendFailedException
                    failed && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0);
        }
        return false;
    }

    private static String describe(Exception ex) {
        String text = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
