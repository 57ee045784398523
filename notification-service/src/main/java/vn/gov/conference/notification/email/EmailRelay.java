package vn.gov.conference.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the email outbox over SMTP: claims each email (optimistic locking, so two instances never
 * send the same one in the same pass), respects each province's send rate, and records the outcome. A refused
 * address, an unbuildable message or a lost content is permanent; anything else (the relay is down, a 4xx) is tried
 * again later.
 */
@Component
public class EmailRelay {

    private static final Logger log = LoggerFactory.getLogger(EmailRelay.class);

    private final MongoTemplate mongo;
    private final OutboundEmails emails;
    private final EmailContents contents;
    private final JavaMailSender sender;
    private final MimeComposer composer;
    private final SendRateLimiter limiter;
    private final Clock clock;
    private final MailSettings settings;
    private final RetryPolicy policy;
    private final ObjectProvider<UnwrittenLetters> unwritten;
    /** Claims and writes the next batch while the current one is being sent. */
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("email-relay-next-batch").factory());

    EmailRelay(
            MongoTemplate mongo,
            OutboundEmails emails,
            EmailContents contents,
            JavaMailSender sender,
            MimeComposer composer,
            SendRateLimiter limiter,
            Clock clock,
            MailSettings settings,
            ObjectProvider<UnwrittenLetters> unwritten) {
        this.unwritten = unwritten;
        this.mongo = mongo;
        this.emails = emails;
        this.contents = contents;
        this.sender = sender;
        this.composer = composer;
        this.limiter = limiter;
        this.clock = clock;
        this.settings = settings;
        this.policy = settings.retryPolicy();
    }

    @Scheduled(
            initialDelayString = "${conference.notification.mail.relay-interval:1s}",
            fixedDelayString = "${conference.notification.mail.relay-interval:1s}")
    void relay() {
        try {
            // A full batch may mean more is due: go on at once, so a backlog (10,000 invitations) drains at the SMTP
            // server's and the send limit's pace rather than a batch a second; a minute at most per run. The next
            // batch is claimed and its letters written while this one goes out, so that the server does not wait for
            // the rendering of each batch (the relay's own work would otherwise come on top of the server's pace).
            long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            List<Outgoing> batch = prepareDue();
            while (true) {
                boolean more = batch.size() >= settings.batchSize() && System.nanoTime() < until;
                Future<List<Outgoing>> next = more ? preparer.submit(this::prepareDue) : null;
                int delivered = deliver(batch);
                if (next == null) {
                    break;
                }
                batch = next.get();
                if (delivered < settings.batchSize()) {
                    // The server did not take them all (down, or refusing): what is claimed goes out or is scheduled
                    // again, and the run ends, as it would have without the batch prepared ahead.
                    deliver(batch);
                    break;
                }
                log.debug("Email relay: a full batch sent, continuing");
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ex) {
            log.warn(
                    "Email relay pass failed; next pass retries: {}",
                    ex.getCause().getMessage());
        } catch (RuntimeException ex) {
            log.warn("Email relay pass failed; next pass retries: {}", ex.getMessage());
        }
    }

    /** The emails due now, claimed (optimistic locking, so two instances never send the same one) and composed. */
    private List<Outgoing> prepareDue() {
        Instant now = clock.instant();
        Query due = Query.query(new Criteria()
                        .orOperator(
                                Criteria.where("status")
                                        .is(OutboundEmail.Status.PENDING.name())
                                        .and("nextAttemptAt")
                                        .lte(now),
                                Criteria.where("status")
                                        .is(OutboundEmail.Status.SENDING.name())
                                        .and("claimedUntil")
                                        .lt(now)))
                .with(Sort.by("nextAttemptAt"))
                .limit(settings.batchSize());
        List<OutboundEmail> batch = mongo.find(due, OutboundEmail.class);
        List<Outgoing> outgoing = new ArrayList<>();
        for (OutboundEmail found : batch) {
            if (!found.due(now) || !limiter.tryAcquire(found.tenant())) {
                continue;
            }
            // Read before the claim: the claim's save would drop a content still embedded in an older email.
            Body body = bodyOf(found);
            OutboundEmail email = found;
            if (email.subject() == null && body.content() != null) {
                // An older email whose content was just moved out of it, its subject in: claim it as it is now.
                email = emails.findById(found.id().value())
                        .filter(moved -> moved.due(now))
                        .orElse(null);
                if (email == null) {
                    continue;
                }
            }
            OutboundEmail claimed;
            try {
                email.claim(now, settings.lease());
                claimed = emails.save(email);
            } catch (OptimisticLockingFailureException ex) {
                continue;
            }
            Outgoing prepared = prepare(claimed, body);
            if (prepared != null) {
                outgoing.add(prepared);
            }
        }
        return outgoing;
    }

    /** What the email says, or why it cannot be had: waiting would not bring back a lost or unreadable content. */
    private record Body(EmailContent content, String problem) {}

    /** A claimed email and its message, ready for the pass's SMTP session. */
    private record Outgoing(OutboundEmail email, MimeMessage message) {}

    private Body bodyOf(OutboundEmail email) {
        try {
            Optional<EmailContent> content = contents.of(email.id());
            if (content.isEmpty() && email.writtenOnSend()) {
                content = writeNow(email);
            }
            return content.map(found -> new Body(found, null)).orElseGet(() -> new Body(null, contentMissing(email)));
        } catch (DataAccessException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            return new Body(null, "The content of email " + email.id() + " cannot be read: " + describe(ex));
        }
    }

    /**
     * Writes an email queued without its content and stores it first, so that a retry sends the same letter (its
     * links and check-in code); another relay that wrote it at the same time keeps the one stored first.
     */
    private Optional<EmailContent> writeNow(OutboundEmail email) {
        UnwrittenLetters writer = unwritten.getIfAvailable();
        Optional<EmailContent> written = writer == null ? Optional.empty() : writer.write(email);
        if (written.isEmpty()) {
            return written;
        }
        return contents.add(email.id(), written.get())
                ? written
                : contents.of(email.id()).or(() -> written);
    }

    /** The message of a claimed email; an email without content or that cannot be built fails for good (null). */
    private Outgoing prepare(OutboundEmail email, Body body) {
        try {
            if (body.content() == null) {
                email.failed(clock.instant(), body.problem(), true, policy);
            } else {
                return new Outgoing(
                        email,
                        composer.compose(
                                email,
                                body.content(),
                                sender.createMimeMessage().getSession()));
            }
        } catch (MessagingException | MailParseException | MailPreparationException ex) {
            email.failed(clock.instant(), describe(ex), true, policy);
        }
        record(email);
        return null;
    }

    /**
     * Sends the pass's messages over {@code sessions} SMTP connections at once, each with its share (a connection
     * and a greeting per share, not per email, as bulk senders do), and records each one's outcome as soon as the
     * server answered for it ({@link SmtpSession}). A mail server handles its connections side by side: one
     * connection at a time left it waiting for the relay between letters, and the relay waiting for it.
     */
    private int deliver(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return 0;
        }
        Map<MimeMessage, OutboundEmail> byMessage = new IdentityHashMap<>();
        outgoing.forEach(prepared -> byMessage.put(prepared.message(), prepared.email()));
        List<MimeMessage> messages = outgoing.stream().map(Outgoing::message).toList();
        int sessions = Math.max(1, Math.min(settings.sessions(), messages.size()));
        AtomicInteger delivered = new AtomicInteger();
        BiConsumer<MimeMessage, Exception> outcome = (message, failure) -> {
            OutboundEmail email = byMessage.get(message);
            if (failure == null) {
                email.delivered(clock.instant());
                delivered.incrementAndGet();
            } else {
                email.failed(clock.instant(), describe(failure), refused(failure), policy);
                log.warn(
                        "Email {} ({}) to {} failed, attempt {}: {}",
                        email.id(),
                        email.kind(),
                        email.recipient(),
                        email.attempts(),
                        email.lastError());
            }
            record(email);
        };
        List<Future<?>> shares = new ArrayList<>();
        try (ExecutorService connections = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("email-relay-session-", 0).factory())) {
            int share = (messages.size() + sessions - 1) / sessions;
            for (int from = 0; from < messages.size(); from += share) {
                List<MimeMessage> part = messages.subList(from, Math.min(messages.size(), from + share));
                shares.add(connections.submit(() -> SmtpSession.sendEach(sender, part, outcome)));
            }
        } // waits for every connection's share
        for (Future<?> share : shares) {
            if (share.state() == Future.State.FAILED) {
                // As with one connection: the pass fails (the outbox unreachable); what is claimed is sent again later.
                throw share.exceptionNow() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(share.exceptionNow());
            }
        }
        return delivered.get();
    }

    private void record(OutboundEmail email) {
        try {
            emails.save(email);
        } catch (OptimisticLockingFailureException ex) {
            log.warn("Email {} changed while it was being sent; its outcome is not recorded", email.id());
        }
    }

    static String contentMissing(OutboundEmail email) {
        return "The content of email " + email.id() + " is missing (no " + EmailBody.COLLECTION
                + " document): there is nothing to send.";
    }

    /**
     * The failure of one message: a recipient the relay refused (a 5xx to RCPT TO) is permanent, anything else (the
     * relay down, a 4xx, credentials refused) is worth another try.
     */
    static boolean refused(Exception failure) {
        return failure instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static String describe(Exception ex) {
        String text = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
