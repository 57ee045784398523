package vn.gov.conference.notification.email;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts emails into the outbox at most once per cause and recipient: the id is derived from both, so a second insert
 * of the same email is refused by the database itself, whichever instance or redelivery attempts it. What an email
 * says is stored apart from it ({@link EmailContents}), first, so that no email exists without its content; or, for
 * the letters an import queues by the thousand, written by the relay just before it sends them
 * ({@link #queueAllUnwritten}, {@link UnwrittenLetters}).
 */
@Component
public class EmailOutbox {

    private final OutboundEmails emails;
    private final EmailContents contents;

    EmailOutbox(OutboundEmails emails, EmailContents contents) {
        this.emails = emails;
        this.contents = contents;
    }

    /**
     * Queues the email {@code compose} makes, unless this cause already queued one for this recipient (then the
     * letter is not even written). Returns whether it was queued now.
     */
    public boolean queueOnce(String cause, String recipient, Supplier<NewEmail> compose) {
        EmailId id = EmailId.of(cause, recipient);
        if (emails.existsById(id.value())) {
            return false;
        }
        NewEmail written = compose.get();
        if (!written.email().id().equals(id)) {
            throw new IllegalArgumentException(
                    "Email " + written.email().id() + " is not the one of " + cause + " to " + recipient + ".");
        }
        if (!contents.add(id, written.content())) {
            // Left by an attempt that stopped before its email (then it is replaced), or another one is queuing it.
            if (emails.existsById(id.value())) {
                return false;
            }
            contents.replace(id, written.content());
        }
        try {
            emails.insert(written.email());
            return true;
        } catch (DuplicateKeyException ex) {
            return false;
        }
    }

    /**
     * Queues emails whose content the relay writes when it sends them ({@link OutboundEmail#queueUnwritten}), those
     * not queued before: one read for the list and one insert; should another instance queue one of them meanwhile,
     * the rest goes one by one. Returns how many were queued now.
     */
    public int queueAllUnwritten(List<OutboundEmail> unwritten) {
        java.util.Map<String, OutboundEmail> byId = new java.util.LinkedHashMap<>();
        unwritten.forEach(email -> byId.putIfAbsent(email.id().value(), email));
        if (byId.isEmpty()) {
            return 0;
        }
        emails.findAllById(byId.keySet())
                .forEach(known -> byId.remove(known.id().value()));
        if (byId.isEmpty()) {
            return 0;
        }
        try {
            emails.insert(List.copyOf(byId.values()));
            return byId.size();
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
            int added = 0;
            for (OutboundEmail email : byId.values()) {
                try {
                    if (!emails.existsById(email.id().value())) {
                        emails.insert(email);
                        added++;
                    }
                } catch (DuplicateKeyException again) {
                    // queued by the other instance: once is enough
                }
            }
            return added;
        }
    }

    /** Withdraws the emails of {@code cause} not sent yet; returns how many. */
    public int withdraw(String cause) {
        List<OutboundEmail> pending = emails.findByCauseAndStatus(cause, OutboundEmail.Status.PENDING);
        int withdrawn = 0;
        for (OutboundEmail email : pending) {
            if (email.cancel()) {
                emails.save(email);
                withdrawn++;
            }
        }
        return withdrawn;
    }
}
