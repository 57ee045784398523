package vn.gov.conference.notification.conference;

/**
 * The signed original of the plan, as documents-service announced it: the number it bears, the file's name, size
 * and SHA-256, and its path under the delegates' portal (opened with the portal link).
 */
public record SignedPlan(String documentNumber, String fileName, long size, String sha256, String contentPath) {}
