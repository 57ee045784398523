package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.plan.planning.PlanRequest.AssignmentRequest;
import vn.gov.conference.plan.planning.PlanRequest.GroupRequest;
import vn.gov.conference.plan.planning.PlanRequest.IndexRequest;
import vn.gov.conference.plan.planning.PlanRequest.ParticipantsRequest;
import vn.gov.conference.plan.planning.PlanRequest.TimeRequest;

class PlanContentResolverTests {

    private final PlanContentResolver resolver = Fixtures.RESOLVER;

    private static PlanRequest withTime(PlanRequest r, TimeRequest time) {
        return new PlanRequest(
                r.province(),
                r.issuingBody(),
                r.title(),
                r.preamble(),
                r.indices(),
                r.purposes(),
                r.requirements(),
                r.participants(),
                r.chair(),
                r.format(),
                r.venue(),
                time,
                r.backdrop(),
                r.budget(),
                r.assignments(),
                r.distribution(),
                r.signer(),
                r.replacesInvitationLetter(),
                r.closing());
    }

    private static List<Violation> refusal(Runnable resolving) {
        PlanRuleViolationException refused = catchThrowableOfType(PlanRuleViolationException.class, resolving::run);
        assertThat(refused).as("expected a refusal").isNotNull();
        return refused.violations();
    }

    @Test
    void issuesInTheNameOfTheProvincesPeoplesCommitteeAsItWasThen() {
        Issuer issuer = resolver.issuer("tien-giang", null, LocalDate.of(2024, 7, 1));

        assertThat(issuer.body()).isEqualTo(new UnitRef("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"));
        assertThat(issuer.abbreviation()).isEqualTo("UBND");
        assertThat(issuer.provinceName()).isEqualTo("Tiền Giang");
        assertThat(issuer.place()).isEqualTo("Tiền Giang");
    }

    @Test
    void refusesAnIssuerForAProvinceThatNoLongerExisted() {
        assertThat(refusal(() -> resolver.issuer("tien-giang", null, LocalDate.of(2025, 8, 1))))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("province");
                    assertThat(v.message()).contains("part of dong-thap");
                });
        assertThat(refusal(() -> resolver.issuer("hue", null, LocalDate.of(2024, 1, 1))))
                .extracting(Violation::rule)
                .containsExactly("province-not-valid");
        assertThat(refusal(() -> resolver.issuer("atlantis", null, LocalDate.of(2024, 1, 1))))
                .extracting(Violation::rule)
                .containsExactly("province-not-valid");
    }

    @Test
    void refusesAnIssuingBodyOfAnotherProvinceOrOneThatIssuesNothing() {
        assertThat(refusal(() -> resolver.issuer("tien-giang", "DT-UBND", LocalDate.of(2024, 7, 1))))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("issuingBody", "unit-of-another-province"));
        assertThat(refusal(() -> resolver.issuer("tien-giang", "TG-MTTQ", LocalDate.of(2024, 7, 1))))
                .extracting(Violation::rule)
                .containsExactly("not-an-issuer");
    }

    @Test
    void fillsUnitNamesAndCanonicalIndexCodesFromTheReferenceData() {
        PlanRequest r = Fixtures.smallRequest();
        PlanRequest aliased = new PlanRequest(
                r.province(),
                null,
                r.title(),
                null,
                List.of(new IndexRequest("Chỉ số PAPI", 2023)),
                null,
                null,
                r.participants(),
                r.chair(),
                r.format(),
                r.venue(),
                r.time(),
                null,
                null,
                null,
                null,
                r.signer(),
                null,
                null);

        PlanContent content = resolver.content(aliased, "tien-giang", null);

        assertThat(content.indices()).containsExactly(new IndexUnderReview("PAPI", 2023));
        assertThat(content.participants().groups())
                .extracting(g -> g.unit().name())
                .containsExactly("Sở Nội vụ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang");
    }

    @Test
    void reportsEveryUnresolvableFieldAtOnce() {
        PlanRequest r = Fixtures.smallRequest();
        List<GroupRequest> groups = new ArrayList<>(r.participants().groups());
        groups.add(new GroupRequest("g3", ParticipantLevel.PROVINCE, "DT-SNV", "Lãnh đạo", 1, null));
        PlanRequest bad = new PlanRequest(
                r.province(),
                null,
                r.title(),
                null,
                List.of(new IndexRequest("GDP", 2023), new IndexRequest("PCI", null)),
                null,
                null,
                new ParticipantsRequest(groups, null, null, null, null),
                r.chair(),
                r.format(),
                r.venue(),
                r.time(),
                null,
                new PlanRequest.BudgetRequest("Ngân sách", "TG-NOWHERE"),
                List.of(new AssignmentRequest(
                        "a", "TG-SNV", List.of("TG-MYTHO", "DT-MTTQ"), "Báo cáo", null, null, "TG-VPUBND", null, null)),
                List.of(new PlanRequest.DistributionRequest("Sở X", List.of("XX"))),
                r.signer(),
                null,
                null);

        assertThat(refusal(() -> resolver.content(bad, "tien-giang", null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        tuple("indices[0].code", "unknown-index"),
                        tuple("indices[1].year", "required"),
                        tuple("participants.groups[2].unit", "unit-of-another-province"),
                        tuple("assignments[0].collaborators[1]", "unit-of-another-province"),
                        tuple("distribution[0].units[0]", "unknown-unit"),
                        tuple("budget.managedBy", "unknown-unit"));
    }

    @Test
    void readsUnitsOnThePlansDateSoAHistoricPlanStillResolves() {
        PlanRequest r = Fixtures.smallRequest();

        assertThat(resolver.content(r, "tien-giang", null).participants().groups())
                .hasSize(2);
        assertThat(refusal(() -> resolver.content(r, "tien-giang", LocalDate.of(2025, 7, 1))))
                .extracting(Violation::rule)
                .isNotEmpty()
                .isSubsetOf("unit-not-valid", "unit-dissolved");
    }

    @Test
    void readsEachFormOfTime() {
        PlanRequest r = Fixtures.smallRequest();
        OffsetDateTime eight = OffsetDateTime.parse("2021-07-07T08:00:00+07:00");

        assertThat(resolver.content(
                                withTime(r, new TimeRequest(eight, null, null, null, null, null, null, null)),
                                "tien-giang",
                                LocalDate.of(2021, 7, 1))
                        .time()
                        .start())
                .isEqualTo(eight);
        assertThat(resolver.content(
                                withTime(
                                        r,
                                        new TimeRequest(
                                                null,
                                                LocalDate.of(2024, 8, 1),
                                                LocalDate.of(2024, 8, 20),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)),
                                "tien-giang",
                                null)
                        .time()
                        .windowEnd())
                .isEqualTo(LocalDate.of(2024, 8, 20));
        assertThat(resolver.content(
                                withTime(r, new TimeRequest(null, null, null, null, 8, 2024, null, null)),
                                "tien-giang",
                                null)
                        .time()
                        .label())
                .isEqualTo("dự kiến tháng 8 năm 2024");
        assertThat(resolver.content(
                                withTime(
                                        r,
                                        new TimeRequest(
                                                null, null, null, null, null, null, "dự kiến quý 4 năm 2024", null)),
                                "tien-giang",
                                null)
                        .time()
                        .windowStart())
                .isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void refusesTimesItCannotRead() {
        PlanRequest r = Fixtures.smallRequest();
        OffsetDateTime eight = OffsetDateTime.parse("2024-08-07T08:00:00+07:00");

        assertThat(refusal(() -> resolver.content(
                        withTime(r, new TimeRequest(eight, null, null, 3, null, 2024, null, null)),
                        "tien-giang",
                        null)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("time", "one-form"));
        assertThat(refusal(() -> resolver.content(
                        withTime(
                                r, new TimeRequest(null, LocalDate.of(2024, 8, 1), null, null, null, null, null, null)),
                        "tien-giang",
                        null)))
                .extracting(Violation::field)
                .containsExactly("time.windowEnd");
        assertThat(refusal(() -> resolver.content(
                        withTime(
                                r,
                                new TimeRequest(
                                        null,
                                        LocalDate.of(2024, 8, 9),
                                        LocalDate.of(2024, 8, 1),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)),
                        "tien-giang",
                        null)))
                .extracting(Violation::rule)
                .containsExactly("window-order");
        assertThat(refusal(() -> resolver.content(
                        withTime(r, new TimeRequest(null, null, null, 5, null, 2024, null, null)), "tien-giang", null)))
                .extracting(Violation::field)
                .containsExactly("time.quarter");
        assertThat(refusal(() -> resolver.content(
                        withTime(r, new TimeRequest(null, null, null, null, 13, 2024, null, null)),
                        "tien-giang",
                        null)))
                .extracting(Violation::field)
                .containsExactly("time.month");
        assertThat(refusal(() -> resolver.content(
                        withTime(r, new TimeRequest(null, null, null, 3, null, null, null, null)), "tien-giang", null)))
                .extracting(Violation::field)
                .containsExactly("time.year");
        assertThat(refusal(() -> resolver.content(
                        withTime(r, new TimeRequest(null, null, null, null, null, null, "sớm nhất có thể", null)),
                        "tien-giang",
                        null)))
                .extracting(Violation::rule)
                .containsExactly("unreadable-time");
    }
}
