package vn.gov.conference.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.web.api.ApiRefusal;

class ConsoleRefusalTests {

    /** A service shedding load (an upload with every buffer taken) is not "refused": it says to try again. */
    @Test
    void aBusyServiceIsToldAsBusyWithAdviceToTryAgain() {
        ConsoleRefusal refusal =
                ConsoleRefusal.of(new ApiRefusal(503, "uploads-busy", "Every upload buffer is taken", List.of()));

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.title()).isEqualTo("Hệ thống đang bận");
        assertThat(refusal.explanation()).contains("chưa được ghi nhận");
        assertThat(refusal.advice()).isEqualTo("Hãy thử lại sau ít phút.");
        assertThat(refusal.detail()).isEqualTo("Every upload buffer is taken");
    }
}
