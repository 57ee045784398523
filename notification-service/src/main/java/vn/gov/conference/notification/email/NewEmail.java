package vn.gov.conference.notification.email;

import java.util.Objects;

/**
 * An email just written: its entry in the outbox and what it says. {@link EmailOutbox} stores the two apart, the
 * content first, so an email never exists without it.
 */
public record NewEmail(OutboundEmail email, EmailContent content) {

    public NewEmail {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(content, "content");
        if (!content.subject().equals(email.subject())) {
            throw new IllegalArgumentException("The email's subject must be its content's.");
        }
    }
}
