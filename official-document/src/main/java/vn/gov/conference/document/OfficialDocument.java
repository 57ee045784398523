package vn.gov.conference.document;

import java.util.List;

/**
 * An administrative document laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) prescribes, as plain values: the one
 * model that both the DOCX and the PDF writers read, so that the two files cannot say different things.
 *
 * @param heading    the two-column block above the title
 * @param kind       the document's type name ("KẾ HOẠCH", "GIẤY MỜI")
 * @param subject    the trích yếu under the type name
 * @param body       the numbered body, paragraph by paragraph
 * @param recipients "Nơi nhận", one line each, without the dash and semicolon the layout adds
 * @param signature  the signer block
 * @param annex      the agenda attached to the document, or null
 */
public record OfficialDocument(
        Heading heading,
        String kind,
        String subject,
        List<Block> body,
        List<String> recipients,
        Signature signature,
        Annex annex) {

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    /**
     * The header: on the left the parent body (regular, null for a body that has none) over the issuing body's
     * name (bold, one or more lines) and the number line; on the right the national name and motto; under them
     * on the right the place and date line, in italics.
     */
    public record Heading(String parentBody, List<String> issuingBody, String number, String placeAndDate) {

        public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

        public Heading {
            issuingBody = List.copyOf(issuingBody);
        }
    }

    /** One paragraph of the body; {@code text} carries its own numbering ("I. ", "1. ", "a) ", "- "). */
    public record Block(Level level, String text) {}

    /** How a body paragraph is set: section headings bold upper case, items bold, sub-items italic. */
    public enum Level {
        SECTION,
        ITEM,
        SUB_ITEM,
        DASH,
        TEXT
    }

    /** Quyền hạn (zero or more lines: "TM. ỦY BAN NHÂN DÂN"), chức vụ, and the signer's name under the signature. */
    public record Signature(List<String> authority, String name) {

        public Signature {
            authority = List.copyOf(authority);
        }
    }

    /** The agenda as an annex: its title, the line tying it to the document, and its rows in order. */
    public record Annex(String title, String attachedTo, String subject, List<AnnexRow> rows) {

        public Annex {
            rows = List.copyOf(rows);
        }
    }

    /** One agenda line: its number, its time ("7 giờ 30 - 8 giờ", empty when untimed), what and by whom. */
    public record AnnexRow(String number, String time, String content, String presenters) {}
}
