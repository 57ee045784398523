package vn.gov.conference.notification.email;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Puts emails into the outbox at most once per cause and recipient: the id is derived from both, so a second insert
 * of the same email is refused by the database itself, whichever instance or redelivery attempts it.
 */
@Component
public class EmailOutbox {

    private final OutboundEmails emails;

    EmailOutbox(OutboundEmails emails) {
        this.emails = emails;
    }

    /**
     * Queues the email {@code compose} makes, unless this cause already queued one for this recipient (then the
     * letter is not even written). Returns whether it was queued now.
     */
    public boolean queueOnce(String cause, String recipient, Supplier<OutboundEmail> compose) {
        if (emails.existsById(EmailId.of(cause, recipient).value())) {
            return false;
        }
        try {
            emails.insert(compose.get());
            return true;
        }
        catch (DuplicateKeyException ex) {
            return false;
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
