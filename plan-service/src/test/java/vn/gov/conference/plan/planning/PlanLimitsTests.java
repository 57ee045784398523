package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLimitsTests {

    @Test
    void takesBothSeedPlansWithRoomToSpare() {
        assertThatCode(() -> PlanLimits.check("", Fixtures.tienGiangRequest())).doesNotThrowAnyException();
        assertThatCode(() -> PlanLimits.check("", Fixtures.dongThapRequest())).doesNotThrowAnyException();
    }

    @Test
    void refusesMoreListItemsInAllThanAPlanMayHoldNamingThePlan() {
        PlanRequest seed = Fixtures.tienGiangRequest();
        List<String> lines = Collections.nCopies(200, "Nội dung");
        PlanRequest crowded = new PlanRequest(
                seed.province(),
                seed.issuingBody(),
                seed.title(),
                lines,
                seed.indices(),
                lines,
                lines,
                seed.participants(),
                seed.chair(),
                seed.format(),
                seed.venue(),
                seed.time(),
                new Backdrop(lines, null),
                seed.budget(),
                Collections.nCopies(200, seed.assignments().getFirst()),
                seed.distribution(),
                seed.signer(),
                seed.replacesInvitationLetter(),
                seed.closing());

        assertThatThrownBy(() -> PlanLimits.check("", crowded))
                .isInstanceOfSatisfying(
                        PlanTooLargeException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::rule)
                                .contains(org.assertj.core.groups.Tuple.tuple("plan", "max-total-items")));
    }

    @Test
    void namesTheNestedFieldOfAnUnsafeText() {
        PlanRequest seed = Fixtures.tienGiangRequest();
        PlanRequest request = new PlanRequest(
                seed.province(),
                seed.issuingBody(),
                seed.title(),
                seed.preamble(),
                seed.indices(),
                seed.purposes(),
                seed.requirements(),
                seed.participants(),
                seed.chair(),
                seed.format(),
                new Venue("Phòng họp\nsố 2", null, "Ghi chú:\n\tmang theo tài liệu", null),
                seed.time(),
                seed.backdrop(),
                seed.budget(),
                seed.assignments(),
                seed.distribution(),
                seed.signer(),
                seed.replacesInvitationLetter(),
                seed.closing());

        assertThatThrownBy(() -> PlanLimits.check("", request))
                .isInstanceOfSatisfying(
                        PlanRuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::rule)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("venue.room", "control-character")));
    }
}
