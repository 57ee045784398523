package vn.gov.conference.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own answer to what it refuses before any application code runs (a NUL or an encoded slash in the path,
 * {@code /api/plans/%00}, {@code ..%2F..%2Fetc}; a malformed request line): problem+json like every other refusal
 * instead of Tomcat's HTML page. Installed as the host's error report valve by {@link ProblemRefusals}; public with a
 * public constructor because Tomcat instantiates it by name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String rule = known != null ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error";
        try {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatusCode.valueOf(status),
                            rule,
                            title,
                            "The request was refused before it was handled: " + title.toLowerCase(Locale.ROOT)
                                    + " (for example a NUL or an encoded slash in the path).",
                            request));
        } catch (IOException | IllegalStateException ex) {
            // The connection is gone or the answer already started: nothing more can be said.
        }
    }
}
