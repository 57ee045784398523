package vn.gov.conference.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTests {

    @Test
    void keepsWhatTheGatewayHasAlwaysAcceptedColonsAndUpTo128Characters() {
        assertThat(RequestIds.acceptedOrNew("req-123")).isEqualTo("req-123");
        assertThat(RequestIds.acceptedOrNew("trace:00f0.span_1")).isEqualTo("trace:00f0.span_1");
        assertThat(RequestIds.acceptedOrNew("a".repeat(128))).isEqualTo("a".repeat(128));
    }

    @Test
    void replacesAnIdThatBreaksTheRuleWithANewUuid() {
        for (String bad :
                new String[] {null, "", "a".repeat(129), "bad id", "x<script>", "tên-tiếng-việt", "line\nbreak"}) {
            String replaced = RequestIds.acceptedOrNew(bad);
            assertThat(replaced)
                    .as(String.valueOf(bad))
                    .isNotEqualTo(bad)
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(RequestIds.accepted(replaced)).isTrue();
        }
    }
}
