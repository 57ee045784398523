package vn.gov.conference.notification.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.springframework.http.MediaType;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * A CSV request body as text. Excel on Vietnamese Windows saves "CSV" as Windows-1258 and "Unicode text" as UTF-16
 * with a byte order mark, and browsers and curl send either without naming a charset, so the bytes decide: a byte
 * order mark first; then UTF-8 if the bytes are valid UTF-8 (Windows-1258 text with diacritics practically never
 * is); then Windows-1258, which writes tone marks as combining characters, so the text is composed (NFC). A charset
 * the request names other than UTF-8 is taken as named. Bytes that fit none of these are refused, never guessed.
 */
public final class CsvBodies {

    private static final String WINDOWS_1258 = "windows-1258";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private CsvBodies() {}

    public static String text(byte[] body, String contentType) {
        byte[] bytes = body == null ? new byte[0] : body;
        return Normalizer.normalize(decode(bytes, declared(contentType)), Normalizer.Form.NFC);
    }

    private static String decode(byte[] bytes, Charset declared) {
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return strict(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return strict(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return strict(bytes, 0, declared, declared.name());
        }
        if (indexOfZero(bytes) >= 0) {
            // Only UTF-16 without its byte order mark puts NUL bytes in text.
            throw refused("The file looks like UTF-16 without a byte order mark; save it as CSV UTF-8.");
        }
        try {
            return decoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            if (!Charset.isSupported(WINDOWS_1258)) {
                throw refused("The file is not UTF-8; save it as CSV UTF-8.");
            }
            return strict(bytes, 0, Charset.forName(WINDOWS_1258), "UTF-8 or Windows-1258");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String expected) {
        try {
            return decoder(charset)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("The file is not valid " + expected + " text; save it as CSV UTF-8.");
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Charset declared(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType).getCharset();
        } catch (RuntimeException e) {
            throw new InvalidInputException("Content-Type", "charset", "Unknown charset in " + contentType + ".");
        }
    }

    private static InvalidInputException refused(String detail) {
        return new InvalidInputException("body", "csv-encoding", detail);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
