package vn.gov.conference.notification.email;

import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class EmailRelayTests {

    @Test
    void takesARefusedRecipientAsPermanentAndAnythingElseAsWorthAnotherTry() throws Exception {
        Address refused = new InternetAddress("khong-ton-tai@tiengiang.conference.example");
        MailSendException rejected = new MailSendException(Map.of(new Object(),
                new SendFailedException("550 5.1.1 User unknown", null, null, null, new Address[] {refused})));
        MailSendException relayDown = new MailSendException(Map.of(new Object(),
                new jakarta.mail.MessagingException("Could not connect to SMTP host")));

        assertThat(EmailRelay.refusedAddress(rejected)).isTrue();
        assertThat(EmailRelay.refusedAddress(relayDown)).isFalse();
        assertThat(EmailRelay.refusedAddress(new MailAuthenticationException("535 bad credentials"))).isFalse();
    }
}
