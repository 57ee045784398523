package vn.gov.conference.e2e;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for what travels through Kafka: the services learn of each other's changes within a second or two, so a
 * step asks again until the answer is there, and fails with the last answer it saw when it is not.
 */
final class Await {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private Await() {}

    /** Until {@code attempt} gives something other than null. */
    static <T> T until(String what, Supplier<T> attempt) {
        return until(what, attempt, Objects::nonNull);
    }

    /**
     * Other services learn of a change through Kafka, so what a step checks may not be there yet: an attempt that
     * fails its own assertion (a 404 before the consumer ran) counts as "not yet", and the last failure is what the
     * step reports if the deadline passes.
     */
    static <T> T until(String what, Supplier<T> attempt, Predicate<? super T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = null;
        AssertionError lastFailure = null;
        while (true) {
            try {
                last = attempt.get();
                lastFailure = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (AssertionError notYet) {
                lastFailure = notYet;
            }
            if (System.nanoTime() > deadline) {
                AssertionError timeout = new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what
                        + "; last seen: " + (lastFailure != null ? lastFailure.getMessage() : last));
                if (lastFailure != null) {
                    timeout.initCause(lastFailure);
                }
                throw timeout;
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
