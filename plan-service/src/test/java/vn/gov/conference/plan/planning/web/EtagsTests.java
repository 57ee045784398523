package vn.gov.conference.plan.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.PreconditionFailedException;

class EtagsTests {

    @Test
    void readsTheVersionFromStrongAndWeakTags() {
        assertThat(Etags.expected("\"3\"")).isEqualTo(3L);
        assertThat(Etags.expected("W/\"12\"")).isEqualTo(12L);
        assertThat(Etags.expected("*")).as("any version").isNull();
        assertThat(Etags.expected(null)).isNull();
    }

    @Test
    void refusesATagItDidNotGiveOut() {
        assertThatThrownBy(() -> Etags.expected("\"abc\"")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void requiresATagWhereAnEditNeedsOne() {
        assertThat(Etags.required("\"0\"")).isZero();
        assertThatThrownBy(() -> Etags.required(" "))
                .isInstanceOfSatisfying(
                        PreconditionFailedException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void requiresAPreciseTagNotAnyVersionWhereAnEditNeedsOne() {
        assertThatThrownBy(() -> Etags.required(" * ")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
            assertThat(e.field()).isEqualTo("If-Match");
            assertThat(e.rule()).isEqualTo("precise-etag-required");
        });
    }
}
