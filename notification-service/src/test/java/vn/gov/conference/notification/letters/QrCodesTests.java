package vn.gov.conference.notification.letters;

import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.gov.conference.notification.QrImages;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTests {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Signed check-in links vary in length with ids and signatures; every one must scan back exactly. */
    @Test
    void everyCheckInLinkLengthScansBackExactly() {
        Random random = new Random(42);
        for (int length = 40; length <= 160; length++) {
            StringBuilder token = new StringBuilder();
            for (int i = 0; i < length; i++) {
                token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String link = "https://hoinghi.tiengiang.gov.vn/api/invitations/" + token + "/check-in?sig=1786000000."
                    + token.reverse();

            assertThat(QrImages.decode(QrCodes.png(link))).as("length %d", link.length()).isEqualTo(link);
        }
    }
}
