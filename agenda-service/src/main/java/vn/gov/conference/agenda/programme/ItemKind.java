package vn.gov.conference.agenda.programme;

/** What an agenda item is; the timeline totals time per kind. */
public enum ItemKind {
    RECEPTION,
    OPENING,
    REPORT,
    /** A block of contributions (tham luận) from several units, each speaker given the same time. */
    CONTRIBUTIONS,
    DISCUSSION,
    BREAK,
    DIRECTIVE_SPEECH,
    CONCLUSION
}
