package vn.gov.conference.documents.request;

import java.util.Locale;

/** What a department must deliver, as plans name it. */
public enum MaterialKind {
    REPORT,
    DRAFT_SPEECH,
    DISCUSSION_PAPER,
    SLIDES,
    OTHER;

    /** Kinds a later plan-service may add are kept as OTHER rather than refused: contracts evolve additively. */
    static MaterialKind from(String kind) {
        if (kind == null) {
            return OTHER;
        }
        try {
            return valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            return OTHER;
        }
    }
}
