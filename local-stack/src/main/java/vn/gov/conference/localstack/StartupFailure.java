package vn.gov.conference.localstack;

/** The stack could not start; the message tells a person what went wrong and where to look. */
public class StartupFailure extends RuntimeException {

    private final boolean stoppedOnRequest;

    public StartupFailure(String message) {
        this(message, null, false);
    }

    public StartupFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StartupFailure(String message, Throwable cause, boolean stoppedOnRequest) {
        super(message, cause);
        this.stoppedOnRequest = stoppedOnRequest;
    }

    /** Start-up ended because someone asked the stack to stop (Ctrl-C), not because something broke. */
    static StartupFailure stoppedOnRequest(Throwable cause) {
        return new StartupFailure("Start-up interrupted: stopped on request.", cause, true);
    }

    public boolean isStoppedOnRequest() {
        return stoppedOnRequest;
    }
}
