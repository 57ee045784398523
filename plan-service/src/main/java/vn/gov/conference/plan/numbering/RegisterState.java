package vn.gov.conference.plan.numbering;

/** Where a register stands: the last number used (by this system or by the office outside it). */
public record RegisterState(String issuer, int year, long lastUsed) {

    /** The number the next approval takes. */
    public long nextNumber() {
        return lastUsed + 1;
    }
}
