package vn.gov.conference.contracts;

/** A province (the tenant) as events name it: a stable code from the reference data and its name then. */
public record Province(String code, String name) {}
