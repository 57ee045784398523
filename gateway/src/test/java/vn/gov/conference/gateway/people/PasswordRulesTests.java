package vn.gov.conference.gateway.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.conference.gateway.web.Refusal;

class PasswordRulesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Hoi-nghi-2026,         -
            hội nghị chỉ số 2026,  -
            HOINGHICHISO2026,      -
            Short-1a,              too-short
            Nguyen-Van-An-2026,    contains-identity
            nguyễn.văn.an-2026,    contains-identity
            an.nv@snv.gov.vn!,     contains-identity
            xinchaothegioi,        one-character-class
            ABCDEFGHIJKLMN,        one-character-class
            """)
    void appliesTheRulesOfLengthIdentityAndVariety(String password, String rule) {
        if (rule.equals("-")) {
            assertThatCode(() -> PasswordRules.check(password, "an.nv@snv.gov.vn", "Nguyễn Văn An"))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> PasswordRules.check(password, "an.nv@snv.gov.vn", "Nguyễn Văn An"))
                    .isInstanceOfSatisfying(Refusal.class, refusal -> {
                        assertThat(refusal.rule()).isEqualTo(rule);
                        assertThat(refusal.field()).isEqualTo("password");
                    });
        }
    }
}
