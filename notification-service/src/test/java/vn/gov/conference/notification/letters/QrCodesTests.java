package vn.gov.conference.notification.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.conference.notification.QrImages;

class QrCodesTests {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String HEX = "0123456789abcdef";

    /** Signed check-in links vary in length with ids and signatures; every one must scan back exactly. */
    @Test
    void everyCheckInLinkLengthScansBackExactly() {
        Random random = new Random(42);
        for (int length = 40; length <= 160; length++) {
            String token = random(random, ALPHABET, length);
            String link = "https://hoinghi.tiengiang.gov.vn/api/invitations/" + token + "/check-in?sig=1786000000."
                    + new StringBuilder(token).reverse();

            assertThat(QrImages.decode(QrCodes.png(link)))
                    .as("length %d", link.length())
                    .isEqualTo(link);
        }
    }

    /**
     * Links whose code, drawn with the encoder's preferred mask, a scanner does not find in the picture (one of the
     * e2e run's delegates got such a code); they are drawn with another mask.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:8080/diem-danh/39f720be972ed740bee4d735?sig=1786000000.jHAQqX7sZj--p69p8Jga0VfltIjonqBFNmQJck09BmB",
                "http://localhost:8080/diem-danh/ce2159ec5bad0e020e559dae?sig=1786000000.3ud1VnuajE53mqN4Z6mhpk8lixVIStwkuz485tEodwu",
                "http://localhost:8080/diem-danh/8a7a4de0bee1e587f6ad2f71?sig=1786000000.yFhz6Gas1Xj0y1knC1zcS5peiHS4lTgikHtyNFPUxfy"
            })
    void aCodeTheDetectorMissesWithThePreferredMaskIsDrawnWithAnother(String link) {
        assertThat(QrCodes.scansAs(QrCodes.encode(link, null), link))
                .as("the preferred mask's code scans")
                .isFalse();

        assertThat(QrImages.decode(QrCodes.png(link))).isEqualTo(link);
    }

    /** Check-in links as the service writes them (24 hex id, 43-character signature): every one scans. */
    @Test
    void randomCheckInLinksAllScan() {
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String link = "http://localhost:8080/diem-danh/" + random(random, HEX, 24) + "?sig=1786000000."
                    + random(random, ALPHABET, 43);

            assertThat(QrImages.decode(QrCodes.png(link))).as(link).isEqualTo(link);
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
