package vn.gov.conference.documents.content;

import java.nio.charset.StandardCharsets;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Content-Disposition values that every browser and download tool reads right: the UTF-8 name in RFC 5987
 * {@code filename*}, and an ASCII {@code filename} beside it for the few clients that know no better (without
 * diacritics, "Báo cáo.pdf" becomes "Bao cao.pdf" rather than a row of question marks).
 */
public final class ContentDispositions {

    private ContentDispositions() {}

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiFallback(String fileName) {
        String bare = VietnameseText.withoutDiacritics(fileName);
        StringBuilder ascii = new StringBuilder(bare.length());
        for (char ch : bare.toCharArray()) {
            ascii.append(ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '\\' ? ch : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 value-chars: attr-char stays, every other byte of the UTF-8 form is percent-encoded. */
    static String encode(String fileName) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xFF;
            if ((ch >= 'a' && ch <= 'z')
                    || (ch >= 'A' && ch <= 'Z')
                    || (ch >= '0' && ch <= '9')
                    || "!#$&+-.^_`|~".indexOf(ch) >= 0) {
                encoded.append((char) ch);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(ch >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(ch & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
