package vn.gov.conference.plan.reference;

/** What a unit is; indices name the kind of department that leads them, each province supplies the unit. */
public enum UnitKind {
    MINISTRY,
    PEOPLES_COMMITTEE,
    PEOPLES_COMMITTEE_OFFICE,
    PEOPLES_COUNCIL,
    HOME_AFFAIRS,
    PLANNING_AND_INVESTMENT,
    INFORMATION_AND_COMMUNICATIONS,
    INSPECTORATE,
    DEPARTMENT,
    FATHERLAND_FRONT,
    PARTY,
    MASS_ORGANISATION,
    MANAGEMENT_BOARD,
    SERVICE_CENTRE,
    CENTRAL_AGENCY_BRANCH,
    ENTERPRISE,
    PRESS,
    DISTRICT_PEOPLES_COMMITTEE,
    COMMUNE_PEOPLES_COMMITTEE,
    COLLECTIVE
}
