package vn.gov.conference.bench.report;

/**
 * What one benchmark or fault run contributes to docs/performance.md: its Markdown, which replaces the block between
 * {@code <!-- bench:<key> -->} and {@code <!-- /bench:<key> -->}, and whether it passed (faults) or met its targets.
 */
public record Section(String key, String markdown, boolean passed) {}
