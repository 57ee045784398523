package vn.gov.conference.gateway.auth;

/** The {@code role} claim. The services enforce what each role may do with plans; the gateway, who manages whom. */
public enum Role {
    CENTRAL, OFFICE, APPROVER, DEPARTMENT, ADMIN;

    /** Whether a holder of this role belongs to a province (its tokens name one); the central agency's do not. */
    public boolean provincial() {
        return this != CENTRAL && this != ADMIN;
    }
}
