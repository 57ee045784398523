package vn.gov.conference.plan.planning.web;

import org.springframework.http.HttpStatus;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.PreconditionFailedException;

/**
 * A plan's ETag is its optimistic-lock version in quotes. If-Match names the version a client last read; a
 * mismatch answers 412. PATCH requires a precise one (428 without it or with "*"): a client editing a plan must say
 * which version it edits.
 * The lifecycle operations accept it and check it when present.
 */
final class Etags {

    private Etags() {}

    static String of(Plan plan) {
        return "\"" + plan.lockVersion() + "\"";
    }

    /** The version If-Match names; null when absent or "*" (any version). */
    static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "If-Match", "etag", "If-Match must be an ETag this service gave out, " + "such as \"3\".");
        }
    }

    /** An edit names the exact version it changes: "*" would let it overwrite a change it never saw. */
    static Long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionFailedException.required();
        }
        if (ifMatch.strip().equals("*")) {
            throw new InvalidInputException(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "If-Match",
                    "precise-etag-required",
                    "This change needs If-Match with the precise ETag you last read (such as \"3\"), not *.");
        }
        return expected(ifMatch);
    }
}
