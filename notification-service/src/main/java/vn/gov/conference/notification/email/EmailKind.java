package vn.gov.conference.notification.email;

/** Why an email is sent; the delivery log and the published delivery events name it. */
public enum EmailKind {
    INVITATION,
    INVITATION_UPDATE,
    CANCELLATION,
    ANSWER_REMINDER,
    DEADLINE_REMINDER,
    OVERDUE_NOTICE,
    MATERIALS_PUBLISHED,
    SIGNED_PLAN
}
