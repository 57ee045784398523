package vn.gov.conference.documents.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names as submitted by departments' systems, made safe to store, to put in a Content-Disposition header and to
 * unpack from a zip on any desktop: Vietnamese letters stay (in NFC), whereas directories, control and bidi-override
 * characters, characters Windows forbids and device names go.
 */
public final class FileNames {

    /** Bytes, not characters: file systems count UTF-8 bytes, and a Vietnamese letter takes two or three. */
    static final int MAX_BYTES = 200;

    static final String FALLBACK = "Tài liệu";

    private static final Pattern WINDOWS_FORBIDDEN = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /** Extensions that name some other kind of file: a material carrying one of them lies about itself. */
    private static final Set<String> FOREIGN = Set.of(
            "doc", "docm", "dot", "dotx", "dotm", "xls", "xlsm", "xlt", "xltx", "ppt", "pptm", "pps", "ppsx", "pot",
            "potx", "odg", "rtf", "txt", "csv", "htm", "html", "xhtml", "xml", "svg", "zip", "rar", "7z", "gz", "tar",
            "exe", "msi", "dll", "bat", "cmd", "com", "scr", "ps1", "sh", "js", "vbs", "jar", "apk", "lnk", "iso");

    private FileNames() {}

    /** The submitted name made safe, ending in the extension of {@code format}. */
    static String sanitise(String submitted, MaterialFormat format) {
        String name = clean(submitted);
        Optional<String> extension = extension(name);
        String base = name;
        if (extension.isPresent() && format.ownsExtension(extension.get())) {
            base = name.substring(0, name.length() - extension.get().length() - 1);
        }
        base = trimEnds(base);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        if (DEVICE.matcher(base).matches()) {
            base = "_" + base;
        }
        String suffix = "."
                + extension
                        .filter(format::ownsExtension)
                        .orElse(format.extension())
                        .toLowerCase(Locale.ROOT);
        return truncate(base, MAX_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length) + suffix;
    }

    /** A folder name in a zip bundle: the same cleaning, no extension, at most {@code maxBytes} bytes of UTF-8. */
    public static String folder(String name, int maxBytes) {
        String folder =
                name == null ? "" : truncate(clean(name.replace('/', ' ').replace('\\', ' ')), maxBytes);
        return folder.isEmpty() ? FALLBACK : folder;
    }

    /**
     * The format the name's extension claims when it is not {@code format}: "bao-cao.pdf" holding a Word file claims
     * PDF. Unknown extensions ("v1.2") claim nothing.
     */
    static Optional<String> contradictingExtension(String submitted, MaterialFormat format) {
        return extension(clean(submitted))
                .map(ext -> ext.toLowerCase(Locale.ROOT))
                .filter(ext -> !format.ownsExtension(ext))
                .filter(ext ->
                        FOREIGN.contains(ext) || MaterialFormat.byExtension(ext).isPresent());
    }

    private static String clean(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::printable).forEach(kept::appendCodePoint);
        name = WINDOWS_FORBIDDEN.matcher(kept).replaceAll(" ");
        return trimEnds(SPACES.matcher(name).replaceAll(" "));
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return ext.chars().allMatch(ch -> ch < 128 && Character.isLetterOrDigit(ch))
                ? Optional.of(ext)
                : Optional.empty();
    }

    /** Leading dots would hide the file; trailing dots and spaces are dropped by Windows on extraction. */
    private static String trimEnds(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String truncate(String base, int maxBytes) {
        if (base.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return base;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < base.length(); ) {
            int codePoint = base.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return trimEnds(kept.toString());
    }
}
