package vn.gov.conference.plan.planning;

/**
 * A plan's document number, "276/KH-UBND": the sequence in the issuer's register for {@code year}, the
 * document type code (KH = kế hoạch) and the issuing body's abbreviation. Unique per issuer and year.
 */
public record DocumentNumber(int sequence, int year, String typeCode, String bodyAbbreviation, String issuerCode) {

    public static final String PLAN_TYPE = "KH";

    public DocumentNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("a document number starts at 1");
        }
        if (typeCode == null || bodyAbbreviation == null || issuerCode == null) {
            throw new IllegalArgumentException("a document number needs a type, a body and an issuer");
        }
    }

    public static DocumentNumber forPlan(int sequence, int year, Issuer issuer) {
        return new DocumentNumber(
                sequence, year, PLAN_TYPE, issuer.abbreviation(), issuer.body().code());
    }

    /** "276/KH-UBND" */
    public String text() {
        return sequence + "/" + typeCode + "-" + bodyAbbreviation;
    }

    /** What the draft shows before the number is assigned: "Số: /KH-UBND". */
    public static String blank(Issuer issuer) {
        return "/" + PLAN_TYPE + "-" + issuer.abbreviation();
    }

    /** Unique across all plans: issuer, year and sequence. */
    public String key() {
        return issuerCode + "/" + year + "/" + typeCode + "/" + sequence;
    }
}
