package vn.gov.conference.platform.render;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import vn.gov.conference.platform.web.BusyException;

/**
 * A bound on the documents (PDF, DOCX) this instance renders at once. Rendering is CPU- and memory-bound: past a
 * few at a time every render only gets slower, until all of them run into the gateway's timeout. A render that
 * finds every slot taken is refused at once with 503 and Retry-After ({@code render-busy}) rather than queued, so
 * the caller hears in milliseconds instead of a 504 after the timeout, and the renders under way finish in time.
 * Configured by {@code conference.renders.max-concurrent} and {@code conference.renders.retry-after}.
 */
public class RenderSlots {

    private final Semaphore slots;
    private final int max;
    private final Duration retryAfter;

    public RenderSlots(int maxConcurrent, Duration retryAfter) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("conference.renders.max-concurrent must be at least 1");
        }
        this.slots = new Semaphore(maxConcurrent);
        this.max = maxConcurrent;
        this.retryAfter = retryAfter;
    }

    /** Renders in a free slot, or refuses with {@link BusyException} when there is none. */
    public <T> T render(String what, Supplier<T> render) {
        if (!slots.tryAcquire()) {
            throw new BusyException(
                    "render-busy",
                    "This server is rendering " + max + " documents already; " + "ask for the " + what + " again in "
                            + Math.max(1, retryAfter.toSeconds()) + " s.",
                    retryAfter);
        }
        try {
            return render.get();
        } finally {
            slots.release();
        }
    }

    /** Slots free now (for tests and metrics). */
    public int available() {
        return slots.availablePermits();
    }

    /**
     * Takes a slot until the returned handle is closed: for tests that need every slot busy, and for a render that
     * is streamed rather than returned.
     */
    public AutoCloseable hold() {
        if (!slots.tryAcquire()) {
            throw new IllegalStateException("no free render slot");
        }
        return slots::release;
    }
}
