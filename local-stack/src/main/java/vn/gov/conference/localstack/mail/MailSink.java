package vn.gov.conference.localstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.time.Instant;

/**
 * Accepts every message sent to it over SMTP (GreenMail, any sender, any recipient, any credentials) and
 * keeps it in an inbox that a person reads at {@code http://localhost:<inbox port>} and tests read through
 * its JSON API. Nothing is relayed anywhere. A message to several recipients is one entry, as in a real
 * mail client, with the envelope recipients listed (that is where Bcc shows up).
 */
public final class MailSink implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail smtp;
    private final InboxServer inbox;

    private MailSink(GreenMail smtp, InboxServer inbox) {
        this.smtp = smtp;
        this.inbox = inbox;
    }

    public static MailSink start(int smtpPort, int inboxPort) {
        MailStore store = new MailStore();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        smtp.getUserManager().setMessageDeliveryHandler(new Recorder(store));
        try {
            return new MailSink(smtp, InboxServer.start(LOOPBACK, inboxPort, store));
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("The mail inbox cannot listen on port " + inboxPort, e);
        }
    }

    public int inboxPort() {
        return inbox.port();
    }

    @Override
    public void close() {
        inbox.close();
        smtp.stop();
    }

    /**
     * GreenMail asks once per recipient which mailbox gets the message; answering with a user that stores
     * nothing, and recording the message the first time it is asked, gives one inbox entry per message.
     */
    private static final class Recorder implements com.icegreen.greenmail.user.MessageDeliveryHandler {
        private final MailStore store;
        private final GreenMailUser discard = new DiscardingUser();
        private WeakReference<MovingMessage> last = new WeakReference<>(null);

        Recorder(MailStore store) {
            this.store = store;
        }

        @Override
        public synchronized GreenMailUser handle(MovingMessage message, MailAddress recipient)
                throws MessagingException {
            if (last.get() != message) {
                last = new WeakReference<>(message);
                store.add(MimeReader.read(
                        source(message),
                        Instant.now(),
                        message.getReturnPath() == null
                                ? null
                                : message.getReturnPath().getEmail(),
                        message.getToAddresses().stream()
                                .map(MailAddress::getEmail)
                                .toList()));
            }
            return discard;
        }

        private static byte[] source(MovingMessage message) throws MessagingException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                message.getMessage().writeTo(out);
            } catch (IOException e) {
                throw new MessagingException("Cannot read the received message", e);
            }
            return out.toByteArray();
        }
    }

    private static final class DiscardingUser implements GreenMailUser {
        @Override
        public String getEmail() {
            return "inbox@localhost";
        }

        @Override
        public String getLogin() {
            return "inbox";
        }

        @Override
        public void deliver(MovingMessage msg) {
            // Already recorded by the Recorder.
        }

        @Override
        public void deliver(jakarta.mail.internet.MimeMessage msg) {
            // Already recorded by the Recorder.
        }

        @Override
        public void create() {}

        @Override
        public void delete() {}

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {}

        @Override
        public void authenticate(String password) {}

        @Override
        public String getQualifiedMailboxName() {
            return "inbox";
        }
    }
}
