package vn.gov.conference.plan.reference;

public enum AdministrativeLevel {
    CENTRAL,
    PROVINCE,
    DISTRICT,
    COMMUNE
}
