package vn.gov.conference.notification.email;

import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one outbound email says, stored apart from the email under the email's id. The rendered letter (HTML, the
 * calendar, the QR code) weighs many kilobytes; kept out of {@code emails}, it is read once, when the email is sent,
 * instead of with every search the relays run over the outbox.
 */
@Document(EmailBody.COLLECTION)
record EmailBody(@Id String emailId, EmailContent content) {

    static final String COLLECTION = "email_contents";

    EmailBody {
        Objects.requireNonNull(emailId, "emailId");
        Objects.requireNonNull(content, "content");
    }
}
