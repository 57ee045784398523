package vn.gov.conference.contracts;

/**
 * A reference to an administrative unit (a department, a district People's Committee, a press office…)
 * by its reference-data code, with the name it had when the event was written.
 */
public record UnitRef(String code, String name) {}
