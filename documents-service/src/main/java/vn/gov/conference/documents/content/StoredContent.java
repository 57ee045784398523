package vn.gov.conference.documents.content;

/**
 * A file stored whole: where it is ({@code fileId}), the safe name it goes by, the format its bytes showed, its size
 * in bytes and the SHA-256 of those bytes (lower-case hex), computed while they streamed in.
 */
public record StoredContent(String fileId, String fileName, MaterialFormat format, long size, String sha256) {}
