package vn.gov.conference.notification.email;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.events.AggregateRoot;

/**
 * One email in the outbox and its delivery: written once when its cause happens, then sent by the relay, tried
 * again with growing pauses after a transient failure, and given up after the last attempt or a permanent refusal
 * (an address the relay rejects). Its id comes from its cause and recipient, so the outbox never holds the same
 * email twice. A scheduled email (a reminder before a deadline) waits until {@code nextAttemptAt}; it can be
 * withdrawn until it is sent. The delivery log is the collection of these documents.
 * <p>
 * What the email says is not part of it: only the subject, for the log. The content ({@link EmailBody}) is stored
 * apart under the same id, because the relays search this collection every second and a search reads every document
 * it considers; with thousands of rendered letters inside, each search would read hundreds of megabytes.
 */
@Document("emails")
public class OutboundEmail extends AggregateRoot<EmailEvent> {

    public enum Status {
        PENDING,
        SENDING,
        SENT,
        FAILED,
        CANCELLED
    }

    /** One delivery attempt: when, and the error when it failed. */
    public record Attempt(
            Instant at, boolean delivered, @Nullable String error) {}

    private final String id;
    private final String cause;
    private final String tenant;
    private final String planId;
    private final String invitationId;
    private final EmailKind kind;
    private final String recipient;
    private final String recipientName;
    private final String subject;
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private Instant sentAt;
    private String lastError;
    private final List<Attempt> history;
    private final Instant createdAt;

    @Version
    private Long version;
    /** Queued without its content: the relay writes it just before the first send ({@link UnwrittenLetters}). */
    private boolean writtenOnSend;

    OutboundEmail(
            String id,
            String cause,
            String tenant,
            String planId,
            String invitationId,
            EmailKind kind,
            String recipient,
            String recipientName,
            String subject,
            Status status,
            int attempts,
            Instant nextAttemptAt,
            Instant claimedUntil,
            Instant sentAt,
            String lastError,
            List<Attempt> history,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.cause = cause;
        this.tenant = tenant;
        this.planId = planId;
        this.invitationId = invitationId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.recipientName = recipientName;
        this.subject = subject;
        this.status = status;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.claimedUntil = claimedUntil;
        this.sentAt = sentAt;
        this.lastError = lastError;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.createdAt = createdAt;
    }

    /**
     * An email saying {@code content}, to send because of {@code cause} (an event id, a request id), not before
     * {@code notBefore}. {@code invitationId} ties it to an invitation when it concerns one.
     */
    public static NewEmail queue(
            String cause,
            String tenant,
            String planId,
            String invitationId,
            EmailKind kind,
            String recipient,
            String recipientName,
            EmailContent content,
            Instant notBefore,
            Instant now) {
        Objects.requireNonNull(content, "content");
        OutboundEmail email = new OutboundEmail(
                EmailId.of(cause, recipient).value(),
                cause,
                tenant,
                planId,
                invitationId,
                kind,
                recipient.strip().toLowerCase(java.util.Locale.ROOT),
                recipientName,
                content.subject(),
                Status.PENDING,
                0,
                notBefore == null || notBefore.isBefore(now) ? now : notBefore,
                null,
                null,
                null,
                List.of(),
                now);
        return new NewEmail(email, content);
    }

    /**
     * An email whose content the relay writes just before sending it ({@link UnwrittenLetters}), so that the request
     * that queues thousands (an import) does not render each letter itself; {@code subject} for the delivery log.
     */
    public static OutboundEmail queueUnwritten(
            String cause,
            String tenant,
            String planId,
            String invitationId,
            EmailKind kind,
            String recipient,
            String recipientName,
            String subject,
            Instant now) {
        OutboundEmail email = new OutboundEmail(
                EmailId.of(cause, recipient).value(),
                cause,
                tenant,
                planId,
                invitationId,
                kind,
                recipient.strip().toLowerCase(java.util.Locale.ROOT),
                recipientName,
                subject,
                Status.PENDING,
                0,
                now,
                null,
                null,
                null,
                List.of(),
                now);
        email.writtenOnSend = true;
        return email;
    }

    public boolean writtenOnSend() {
        return writtenOnSend;
    }

    /** Whether the relay should try it now: pending and due, or claimed by a relay that never reported back. */
    public boolean due(Instant now) {
        return switch (status) {
            case PENDING -> !nextAttemptAt.isAfter(now);
            case SENDING -> claimedUntil != null && claimedUntil.isBefore(now);
            default -> false;
        };
    }

    /** A relay takes it for one attempt; the lease lets another relay take it over if this one dies. */
    public void claim(Instant now, Duration lease) {
        if (!due(now)) {
            throw new IllegalStateException("Email " + id + " is not due (" + status + ").");
        }
        status = Status.SENDING;
        claimedUntil = now.plus(lease);
    }

    public void delivered(Instant now) {
        requireSending();
        attempts++;
        status = Status.SENT;
        sentAt = now;
        claimedUntil = null;
        lastError = null;
        history.add(new Attempt(now, true, null));
        raise(new EmailEvent.Delivered(now));
    }

    /**
     * An attempt failed. A permanent failure (the address is refused) or the last allowed attempt gives up; otherwise
     * the next attempt waits as the policy says.
     */
    public void failed(Instant now, String error, boolean permanent, RetryPolicy policy) {
        requireSending();
        attempts++;
        claimedUntil = null;
        lastError = error;
        history.add(new Attempt(now, false, error));
        boolean willRetry = !permanent && policy.mayRetryAfter(attempts);
        if (willRetry) {
            status = Status.PENDING;
            nextAttemptAt = now.plus(policy.backoffAfter(attempts));
        } else {
            status = Status.FAILED;
        }
        raise(new EmailEvent.Failed(attempts, error, willRetry, now));
    }

    /** Withdraws an email not sent yet (a reminder whose reason went away); false when it is too late. */
    public boolean cancel() {
        if (status != Status.PENDING) {
            return false;
        }
        status = Status.CANCELLED;
        return true;
    }

    private void requireSending() {
        if (status != Status.SENDING) {
            throw new IllegalStateException("Email " + id + " was not claimed for sending (" + status + ").");
        }
    }

    public EmailId id() {
        return new EmailId(id);
    }

    public String cause() {
        return cause;
    }

    public String tenant() {
        return tenant;
    }

    public String planId() {
        return planId;
    }

    public String invitationId() {
        return invitationId;
    }

    public EmailKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    /** The subject of what it says; null only for an email written, before the content moved out, with it inside. */
    public String subject() {
        return subject;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant claimedUntil() {
        return claimedUntil;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public List<Attempt> history() {
        return List.copyOf(history);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
