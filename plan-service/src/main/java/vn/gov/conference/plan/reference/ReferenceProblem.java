package vn.gov.conference.plan.reference;

/** A rule the reference data breaks: the field of a province or unit it is about, the rule and why. */
public record ReferenceProblem(String field, String rule, String message) {}
