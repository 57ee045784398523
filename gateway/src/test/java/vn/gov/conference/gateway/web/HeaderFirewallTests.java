package vn.gov.conference.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

class HeaderFirewallTests {

    /** The expression StrictHttpFirewall checks header names and values with by default. */
    private static final Pattern STRICT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void everyCharacterOfTheBasicPlaneIsJudgedAsTheFirewallsExpressionJudgesIt() {
        List<Integer> disagreements = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            String text = "a" + (char) c + "b";
            if (HeaderFirewall.assignedAndNotControl(text)
                    != STRICT.matcher(text).matches()) {
                disagreements.add(c);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void textsWithSupplementaryAndBrokenSurrogatesAreJudgedAsTheExpressionJudgesThem() {
        Random random = new Random(18);
        int[] samples = {0x1F600, 0x10FFFF, 0xE0001, 0x2FFFF, 0x30000, 0xF0000, 0xD800, 0xDFFF, 0x85, 0x9F, 0x7F, '\t'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                int codePoint =
                        random.nextBoolean() ? samples[random.nextInt(samples.length)] : random.nextInt(0x110000);
                if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
                    text.append((char) codePoint);
                } else {
                    text.appendCodePoint(codePoint);
                }
            }
            String value = text.toString();
            assertThat(HeaderFirewall.assignedAndNotControl(value))
                    .as("%s", value.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(STRICT.matcher(value).matches());
        }
    }

    @Test
    void theGatewaysFirewallRefusesAControlCharacterInAHeaderAndLetsAnOrdinaryTokenThrough() {
        HttpFirewall firewall = new HeaderFirewall().httpFirewall();
        assertThat(firewall).isInstanceOf(StrictHttpFirewall.class);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/plans/1");
        request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
        request.addHeader("X-Note", "a\u0085b");
        var firewalled = firewall.getFirewalledRequest(request);
        assertThat(firewalled.getHeader("Authorization")).startsWith("Bearer ");
        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }
}
