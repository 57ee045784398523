package vn.gov.conference.bench.stack;

import java.time.Duration;

/** Sleeping in a benchmark loop: an interruption ends the run instead of being swallowed. */
public final class Pause {

    private Pause() {}

    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static void of(Duration duration) {
        millis(duration.toMillis());
    }
}
