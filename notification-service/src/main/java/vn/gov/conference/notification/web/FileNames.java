package vn.gov.conference.notification.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * A download's Content-Disposition: an ASCII {@code filename} every browser understands ("Lich hoi nghi
 * 276-KH-UBND.ics") and the Vietnamese name as RFC 5987 {@code filename*} ("Lịch hội nghị 276-KH-UBND.ics"), which
 * browsers prefer when they know it.
 */
public final class FileNames {

    private FileNames() {}

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Without diacritics (đ → d), capitals kept; anything else outside printable ASCII, and quotes, become "_". */
    static String ascii(String fileName) {
        String bare = VietnameseText.withoutDiacritics(fileName);
        StringBuilder out = new StringBuilder(bare.length());
        for (char c : bare.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
