package vn.gov.conference.web.console.signed;

import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.conference.web.console.ConsoleHttp;

/** The signed original of a plan through the API, with the signed-in person's token. */
public interface SignedOriginalApi {

    /** Empty when none is attached (or the plan is not approved yet). */
    Optional<SignedOriginal> find(String planId);

    /** Attaches (or replaces) the PDF; the API judges type and size. */
    SignedOriginal attach(String planId, MultipartFile file);

    void content(String planId, ConsoleHttp.Download sink);
}
