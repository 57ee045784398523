package vn.gov.conference.documents.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a {@link MaterialFormat} from the first bytes of a file. Office Open XML and OpenDocument files are ZIP
 * archives, told apart by what the archive declares about itself: the {@code mimetype} entry that OpenDocument puts
 * first, or the main part's content type in {@code [Content_Types].xml} that every OOXML writer puts first. Entry
 * names alone are not trusted, because a macro-enabled document has the same names as a plain one.
 */
final class ContentSniffer {

    /** How many leading bytes sniffing needs: the self-descriptions above sit at the very start of the archive. */
    static final int WINDOW = 64 * 1024;

    private static final int MAX_ENTRIES = 32;
    private static final int MAX_DESCRIPTOR = 32 * 1024;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] RIFF = ascii("RIFF");
    private static final byte[] WEBP = ascii("WEBP");
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";

    private ContentSniffer() {}

    static Optional<MaterialFormat> sniff(byte[] head, int length) {
        if (startsWith(head, length, 0, PDF)) {
            return Optional.of(MaterialFormat.PDF);
        }
        if (startsWith(head, length, 0, PNG)) {
            return Optional.of(MaterialFormat.PNG);
        }
        if (startsWith(head, length, 0, JPEG)) {
            return Optional.of(MaterialFormat.JPEG);
        }
        if (startsWith(head, length, 0, GIF87) || startsWith(head, length, 0, GIF89)) {
            return Optional.of(MaterialFormat.GIF);
        }
        if (startsWith(head, length, 0, RIFF) && startsWith(head, length, 8, WEBP)) {
            return Optional.of(MaterialFormat.WEBP);
        }
        if (startsWith(head, length, 0, ZIP)) {
            return zipDocument(head, length);
        }
        return Optional.empty();
    }

    private static Optional<MaterialFormat> zipDocument(byte[] head, int length) {
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(head, 0, length), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            for (int index = 0; index < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; index++) {
                if (index == 0 && entry.getName().equals("mimetype")) {
                    return openDocument(new String(zip.readNBytes(256), StandardCharsets.US_ASCII).strip());
                }
                if (entry.getName().equals("[Content_Types].xml")) {
                    return officeOpenXml(new String(zip.readNBytes(MAX_DESCRIPTOR), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            // The window ended inside an entry, or the archive is damaged: nothing we can vouch for was seen.
        }
        return Optional.empty();
    }

    private static Optional<MaterialFormat> openDocument(String mimetype) {
        return Arrays.stream(new MaterialFormat[] {MaterialFormat.ODT, MaterialFormat.ODS, MaterialFormat.ODP})
                .filter(format -> format.mediaType().equals(mimetype))
                .findFirst();
    }

    private static Optional<MaterialFormat> officeOpenXml(String contentTypes) {
        if (contentTypes.contains("macroEnabled") || contentTypes.contains("vbaProject")) {
            return Optional.empty();
        }
        if (contentTypes.contains(OOXML + "wordprocessingml.document.main+xml")) {
            return Optional.of(MaterialFormat.DOCX);
        }
        if (contentTypes.contains(OOXML + "spreadsheetml.sheet.main+xml")) {
            return Optional.of(MaterialFormat.XLSX);
        }
        if (contentTypes.contains(OOXML + "presentationml.presentation.main+xml")) {
            return Optional.of(MaterialFormat.PPTX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, int offset, byte[] signature) {
        if (length < offset + signature.length) {
            return false;
        }
        return Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
