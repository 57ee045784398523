package vn.gov.conference.platform.security;

/** What a caller may do, from the {@code role} claim of its token. */
public enum Role {
    /** The central agency (Bộ Nội vụ): reads every province, writes nothing of a province's. */
    CENTRAL,
    /** A provincial office (Văn phòng UBND tỉnh): organises its own province's conferences. */
    OFFICE,
    /** The approver (Chủ tịch / Thường trực UBND tỉnh): approves and schedules its province's plans. */
    APPROVER,
    /** A department or other unit: sees and submits only its own assignments. */
    DEPARTMENT,
    /**
     * The central agency's platform operators: manage reference data (provinces, units), onboard provinces and their
     * clients and people. Belongs to no province and reads no province's plans.
     */
    ADMIN;

    /** Whether a caller with this role belongs to a province (its token must name one). */
    public boolean provincial() {
        return this != CENTRAL && this != ADMIN;
    }
}
