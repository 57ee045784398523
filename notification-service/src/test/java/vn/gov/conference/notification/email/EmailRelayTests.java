package vn.gov.conference.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;

class EmailRelayTests {

    @Test
    void takesARefusedRecipientAsPermanentAndAnythingElseAsWorthAnotherTry() throws Exception {
        Address refused = new InternetAddress("khong-ton-tai@tiengiang.conference.example");
        Exception rejected =
                new SendFailedException("550 5.1.1 User unknown", null, null, null, new Address[] {refused});
        Exception relayDown = new jakarta.mail.MessagingException("Could not connect to SMTP host");

        assertThat(EmailRelay.refused(rejected)).isTrue();
        assertThat(EmailRelay.refused(relayDown)).isFalse();
        assertThat(EmailRelay.refused(new MailAuthenticationException("535 bad credentials")))
                .isFalse();
    }
}
