package vn.gov.conference.plan.numbering;

/** One document register: an issuing body's numbers in one calendar year ("TG-UBND", 2024). */
public record RegisterKey(String issuer, int year) {

    public RegisterKey {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("a register belongs to an issuing body");
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("not a register year: " + year);
        }
    }

    String id() {
        return issuer + "/" + year;
    }
}
