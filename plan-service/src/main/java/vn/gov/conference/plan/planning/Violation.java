package vn.gov.conference.plan.planning;

/**
 * A broken rule: {@code field} is the path inside the plan's request body ("assignments[3].recipient"),
 * {@code rule} a stable machine-readable name ("chain-owner"), {@code message} what a person should fix.
 */
public record Violation(String field, String rule, String message) {}
