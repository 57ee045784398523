package vn.gov.conference.gateway.auth;

/** The {@code role} claim. The gateway only issues it; the services enforce what each role may do. */
enum Role {
    CENTRAL, OFFICE, APPROVER, DEPARTMENT, ADMIN
}
