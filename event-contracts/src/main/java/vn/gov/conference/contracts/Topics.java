package vn.gov.conference.contracts;

/** One topic per owning aggregate; every record on them is keyed by plan id. */
public final class Topics {

    public static final String PLAN = "conference.plan.v1";
    public static final String AGENDA = "conference.agenda.v1";
    public static final String INVITATION = "conference.invitation.v1";
    public static final String EMAIL = "conference.email.v1";
    public static final String MATERIAL = "conference.material.v1";

    private Topics() {}
}
