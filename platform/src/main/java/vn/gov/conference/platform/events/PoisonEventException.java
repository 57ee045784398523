package vn.gov.conference.platform.events;

/**
 * A message that can never be processed (no CloudEvents id or type, unreadable data). It is not retried: the
 * consumer ({@link IdempotentConsumer}) sends it straight to its group's dead-letter topic and the partition moves on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
