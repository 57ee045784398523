package vn.gov.conference.documents.content;

/** What the client says about a file it uploads: believed for nothing but the name it wants. */
public record UploadClaim(String fileName, String declaredType) {}
