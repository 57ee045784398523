package vn.gov.conference.notification.email;

import java.util.Optional;

/**
 * Writes the content of an email queued without one ({@link OutboundEmail#queueUnwritten}): the relay asks just
 * before the first send and stores what it gets, so a retry sends the same letter. Empty when what the letter is
 * about is gone (then the email fails for good, as a lost content does).
 */
public interface UnwrittenLetters {

    Optional<EmailContent> write(OutboundEmail email);
}
