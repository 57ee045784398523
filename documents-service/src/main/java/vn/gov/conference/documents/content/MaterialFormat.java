package vn.gov.conference.documents.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats a material may be, each recognised from its bytes ({@link ContentSniffer}), never from what the
 * client says. Legacy binary Office files, archives, HTML and scripts are deliberately absent: delegates open these
 * files, and only formats that carry no executable content by default are served to them.
 */
public enum MaterialFormat {
    PDF("application/pdf", "pdf", Set.of(), Set.of("application/x-pdf", "application/acrobat")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Set.of(), Set.of()),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Set.of(), Set.of()),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", Set.of(), Set.of()),
    ODT("application/vnd.oasis.opendocument.text", "odt", Set.of(), Set.of()),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods", Set.of(), Set.of()),
    ODP("application/vnd.oasis.opendocument.presentation", "odp", Set.of(), Set.of()),
    PNG("image/png", "png", Set.of(), Set.of("image/x-png")),
    JPEG("image/jpeg", "jpg", Set.of("jpeg", "jpe", "jfif"), Set.of("image/jpg", "image/pjpeg")),
    GIF("image/gif", "gif", Set.of(), Set.of()),
    WEBP("image/webp", "webp", Set.of(), Set.of());

    /** Declared types that claim nothing: browsers and HTTP clients send them for any file. */
    private static final Set<String> NO_CLAIM = Set.of(
            "application/octet-stream",
            "binary/octet-stream",
            "application/x-download",
            "application/force-download",
            "application/unknown");

    /** What clients commonly declare for any ZIP-based document; a true but vague claim, not a forgery. */
    private static final Set<String> ZIP_CLAIMS =
            Set.of("application/zip", "application/x-zip-compressed", "application/x-zip");

    private final String mediaType;
    private final String extension;
    private final Set<String> otherExtensions;
    private final Set<String> otherMediaTypes;

    MaterialFormat(String mediaType, String extension, Set<String> otherExtensions, Set<String> otherMediaTypes) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.otherExtensions = otherExtensions;
        this.otherMediaTypes = otherMediaTypes;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    boolean zipBased() {
        return switch (this) {
            case DOCX, XLSX, PPTX, ODT, ODS, ODP -> true;
            default -> false;
        };
    }

    /** Whether a client's declared Content-Type is compatible with these bytes (absent or generic types are). */
    public boolean admitsDeclaredType(String declared) {
        String base = baseType(declared);
        if (base.isEmpty() || NO_CLAIM.contains(base)) {
            return true;
        }
        return base.equals(mediaType) || otherMediaTypes.contains(base) || (zipBased() && ZIP_CLAIMS.contains(base));
    }

    boolean ownsExtension(String ext) {
        String lower = ext.toLowerCase(Locale.ROOT);
        return lower.equals(extension) || otherExtensions.contains(lower);
    }

    /** The format a file-name extension stands for, if it is one of ours. */
    static Optional<MaterialFormat> byExtension(String ext) {
        return Arrays.stream(values())
                .filter(format -> format.ownsExtension(ext))
                .findFirst();
    }

    static String baseType(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        String base = semicolon < 0 ? declared : declared.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
