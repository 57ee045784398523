package vn.gov.conference.gateway.routing;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Each routed call's timeout, enforced on the thread that makes the call. The call runs on the virtual thread of the
 * request it proxies (no hand-off to another thread and back, as a time limiter needs); a sweeper looks at the calls
 * in flight ten times a second and cuts the connection of any that has not had its answer's headers within its
 * circuit's timeout ({@link RoutingProperties#timeout}). The call then fails with an {@link HttpTimeoutException}:
 * the caller gets 504, and the circuit does not count it ({@link ProxyConfiguration#showsASickBackend}). A call is in
 * flight from the request to the backend until its answer's headers arrive, the body it sends included (an upload),
 * the body it answers with not (that is relayed as it comes), as the time limiter did.
 */
final class CallDeadlines implements DisposableBean {

    static final Duration SWEEP = Duration.ofMillis(100);

    private final RoutingProperties routing;

    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("proxy-deadlines").factory());

    CallDeadlines(RoutingProperties routing) {
        this.routing = routing;
        this.sweeper.scheduleWithFixedDelay(this::sweep, SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the clock of a call made for the current request, with the timeout of the circuit the request went
     * through ({@link CircuitBreakers#CIRCUIT_ATTRIBUTE}); a call made outside a routed request has none.
     */
    Call start(Cancellable connection) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object circuit = request == null
                ? null
                : request.getAttribute(CircuitBreakers.CIRCUIT_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (!(circuit instanceof String circuitId)) {
            return new Call(null, 0, connection);
        }
        Duration timeout = this.routing.timeout(circuitId);
        Call call = new Call(timeout, System.nanoTime() + timeout.toNanos(), connection);
        this.inFlight.add(call);
        return call;
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Call call : this.inFlight) {
            if (now - call.deadline >= 0) {
                call.expire();
            }
        }
    }

    @Override
    public void destroy() {
        this.sweeper.shutdownNow();
    }

    /** One call's clock. */
    final class Call {

        private final Duration timeout;

        private final long deadline;

        private final Cancellable connection;

        /** Set once, by whichever comes first: the end of the call ({@link #finish}) or the deadline. */
        private final AtomicBoolean settled = new AtomicBoolean();

        private Call(Duration timeout, long deadline, Cancellable connection) {
            this.timeout = timeout;
            this.deadline = deadline;
            this.connection = connection;
        }

        private void expire() {
            if (this.settled.compareAndSet(false, true)) {
                CallDeadlines.this.inFlight.remove(this);
                this.connection.cancel();
            }
        }

        /**
         * Stops the clock when the call ended, well or not; true when it ended before its deadline, false when the
         * deadline cut its connection (whatever the call itself then reported).
         */
        boolean finish() {
            if (this.timeout == null) {
                return true;
            }
            if (this.settled.compareAndSet(false, true)) {
                CallDeadlines.this.inFlight.remove(this);
                return true;
            }
            return false; // the deadline came first
        }

        HttpTimeoutException timedOut(Throwable failure) {
            HttpTimeoutException timedOut =
                    new HttpTimeoutException("The service did not answer within " + this.timeout.toMillis() + " ms");
            if (failure != null) {
                timedOut.initCause(failure);
            }
            return timedOut;
        }
    }
}
