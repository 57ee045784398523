package vn.gov.conference.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own answer to what it refuses before any application code runs (an encoded slash or a NUL in the path, a
 * malformed request line): problem+json like every other refusal instead of Tomcat's HTML page. Installed as the
 * host's error report valve ({@code PlatformConfiguration}); public because Tomcat instantiates it by name.
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
        String rule = known != null ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : "error";
        try {
            response.setStatus(status);
            Problems.write(response, known != null ? known : HttpStatus.BAD_REQUEST, rule,
                    "The request was refused before it reached the service (for example a NUL or an encoded slash "
                            + "in the path).", "");
        }
        catch (IOException | IllegalStateException ex) {
            // The connection is gone or the answer already started: nothing more can be said.
        }
    }
}
