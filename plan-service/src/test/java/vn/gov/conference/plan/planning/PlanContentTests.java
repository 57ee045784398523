package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanContentTests {

    private static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    private static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    private static final UnitRef VP = new UnitRef("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh");
    private static final Deliverable SPEECH = new Deliverable(DeliverableKind.DRAFT_SPEECH, "Dự thảo phát biểu");

    private static Assignment step(String id, UnitRef owner, String due, UnitRef recipient, String next) {
        return new Assignment(
                id,
                owner,
                List.of(),
                "Chuẩn bị nội dung phát biểu",
                List.of(SPEECH),
                due == null ? null : LocalDate.parse(due),
                recipient,
                next,
                null);
    }

    private static PlanContent with(List<Assignment> assignments) {
        return with(assignments, PlannedTime.quarter(3, 2024, null, null));
    }

    private static PlanContent with(List<Assignment> assignments, PlannedTime time) {
        PlanContent c = Fixtures.smallContent();
        return new PlanContent(
                c.title(),
                c.preamble(),
                c.indices(),
                c.purposes(),
                c.requirements(),
                c.participants(),
                c.chair(),
                c.format(),
                c.venue(),
                time,
                c.backdrop(),
                c.budget(),
                assignments,
                c.distribution(),
                c.signer(),
                c.replacesInvitationLetter(),
                c.closing());
    }

    @Nested
    class AssignmentChains {

        @Test
        void acceptsTheSeedsChainFromDepartmentsThroughSoNoiVuToTheOffice() {
            PlanContent content = with(
                    List.of(step("skhdt", SKHDT, "2024-07-25", SNV, "snv"), step("snv", SNV, "2024-07-30", VP, null)));

            assertThat(content.violations()).isEmpty();
            assertThat(content.assignments().getFirst().deadline())
                    .isEqualTo(OffsetDateTime.parse("2024-07-25T00:00:00+07:00"));
        }

        @Test
        void refusesANextStepOwnedByAnotherUnitThanTheRecipient() {
            PlanContent content = with(
                    List.of(step("skhdt", SKHDT, "2024-07-25", SNV, "vp"), step("vp", VP, "2024-07-30", SNV, null)));

            assertThat(content.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("assignments[0].next", "chain-owner"));
        }

        @Test
        void refusesANextStepDueBeforeTheStepFeedingIt() {
            PlanContent content = with(
                    List.of(step("skhdt", SKHDT, "2024-07-25", SNV, "snv"), step("snv", SNV, "2024-07-24", VP, null)));

            assertThat(content.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("assignments[0].dueBefore", "chain-deadline"));
        }

        @Test
        void acceptsANextStepDueTheSameDay() {
            assertThat(with(List.of(step("a", SKHDT, "2024-07-25", SNV, "b"), step("b", SNV, "2024-07-25", VP, null)))
                            .violations())
                    .isEmpty();
        }

        @Test
        void refusesAChainedStepWithoutRecipient() {
            PlanContent content = with(List.of(step("a", SKHDT, null, null, "b"), step("b", SNV, null, VP, null)));

            assertThat(content.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("assignments[0].recipient", "chain-recipient"));
        }

        @Test
        void refusesUnknownAndSelfReferences() {
            PlanContent content = with(List.of(step("a", SKHDT, null, SNV, "zzz"), step("b", SNV, null, VP, "b")));

            assertThat(content.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(
                            tuple("assignments[0].next", "unknown-assignment"),
                            tuple("assignments[1].next", "chain-self"));
        }

        @Test
        void refusesACycle() {
            PlanContent content = with(List.of(step("a", SKHDT, null, SNV, "b"), step("b", SNV, null, SKHDT, "a")));

            assertThat(content.violations()).extracting(Violation::rule).containsExactly("chain-cycle", "chain-cycle");
        }

        @Test
        void refusesADeadlineAfterTheConference() {
            PlanContent tentative = with(List.of(step("a", SKHDT, "2024-10-02", SNV, null)));
            PlanContent exact = with(
                    List.of(step("a", SKHDT, "2024-08-16", SNV, null)),
                    PlannedTime.exact(OffsetDateTime.parse("2024-08-15T07:30:00+07:00"), null, null));
            PlanContent lastDayOfWindow = with(List.of(step("a", SKHDT, "2024-10-01", SNV, null)));

            assertThat(tentative.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(tuple("assignments[0].dueBefore", "deadline-after-conference"));
            assertThat(exact.violations()).extracting(Violation::rule).containsExactly("deadline-after-conference");
            assertThat(lastDayOfWindow.violations())
                    .as("due before 1/10: still within quý 3")
                    .isEmpty();
        }

        @Test
        void refusesMalformedAssignments() {
            PlanContent content = with(List.of(
                    new Assignment(
                            "a", null, List.of(), null, List.of(new Deliverable(null, " ")), null, null, null, null),
                    new Assignment("a", SNV, List.of(), "Gửi báo cáo", List.of(), null, SNV, null, null),
                    new Assignment("b", SNV, List.of(), "Gửi báo cáo", List.of(), null, VP, null, null)));

            assertThat(content.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactlyInAnyOrder(
                            tuple("assignments[1].id", "unique"),
                            tuple("assignments[0].owner", "required"),
                            tuple("assignments[0].task", "required"),
                            tuple("assignments[0].deliverables[0].kind", "required"),
                            tuple("assignments[0].deliverables[0].title", "required"),
                            tuple("assignments[1].recipient", "recipient-is-owner"),
                            tuple("assignments[1].deliverables", "required"),
                            tuple("assignments[2].deliverables", "required"));
        }
    }

    @Test
    void givesMissingIdsByPositionWithoutTakingOnesTheWriterChose() {
        PlanContent content = with(List.of(
                step(null, SKHDT, null, null, null),
                step("A1", SNV, null, null, null),
                step(null, VP, null, null, null)));

        assertThat(content.assignments()).extracting(Assignment::id).containsExactly("A1-2", "A1", "A3");
        assertThat(Fixtures.smallContent().participants().groups())
                .extracting(ParticipantGroup::id)
                .containsExactly("g1", "g2");
    }

    @Test
    void cleansTextToNfcAndDropsBlankLines() {
        String decomposed = "Ho\u0302\u0323i nghi\u0323";
        PlanContent c = Fixtures.smallContent();
        PlanContent content = new PlanContent(
                "  " + decomposed + " ",
                List.of(" ", decomposed),
                c.indices(),
                c.purposes(),
                c.requirements(),
                c.participants(),
                c.chair(),
                c.format(),
                c.venue(),
                c.time(),
                c.backdrop(),
                c.budget(),
                c.assignments(),
                c.distribution(),
                c.signer(),
                false,
                "");

        assertThat(content.title()).isEqualTo("Hội nghị");
        assertThat(content.preamble()).containsExactly("Hội nghị");
        assertThat(content.closing()).isNull();
    }

    @Test
    void namesTheSectionsAnAmendmentChangesInDocumentOrder() {
        PlanContent before = Fixtures.smallContent();
        PlanContent after = new PlanContent(
                before.title(),
                before.preamble(),
                before.indices(),
                before.purposes(),
                before.requirements(),
                before.participants(),
                "Chủ tịch UBND tỉnh",
                before.format(),
                new Venue("Hội trường B", null, null),
                before.time(),
                before.backdrop(),
                before.budget(),
                before.assignments(),
                before.distribution(),
                before.signer(),
                true,
                before.closing());

        assertThat(after.changesFrom(before)).containsExactly("chair", "venue", "replacesInvitationLetter");
        assertThat(before.changesFrom(before)).isEmpty();
    }

    @Test
    void acceptsOnlyAnHttpMeetingLinkForOnlineDelegates() {
        PlanContent c = Fixtures.smallContent();
        java.util.function.Function<String, List<Violation>> withLink = link -> new PlanContent(
                        c.title(),
                        c.preamble(),
                        c.indices(),
                        c.purposes(),
                        c.requirements(),
                        c.participants(),
                        c.chair(),
                        c.format(),
                        new Venue("Hội trường UBND tỉnh", null, null, link),
                        c.time(),
                        c.backdrop(),
                        c.budget(),
                        c.assignments(),
                        c.distribution(),
                        c.signer(),
                        false,
                        null)
                .violations();

        assertThat(withLink.apply("https://meet.dongthap.gov.vn/hoi-nghi-cai-cach"))
                .isEmpty();
        assertThat(withLink.apply("javascript:alert(1)"))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("venue.onlineMeetingUrl", "url"));
    }

    @Test
    void refusesIndicesListedTwiceOrFromTheFuture() {
        PlanContent c = Fixtures.smallContent();
        PlanContent content = new PlanContent(
                c.title(),
                c.preamble(),
                List.of(
                        new IndexUnderReview("PAPI", 2023),
                        new IndexUnderReview("PAPI", 2022),
                        new IndexUnderReview("PCI", 2025),
                        new IndexUnderReview("DTI", 0)),
                c.purposes(),
                c.requirements(),
                c.participants(),
                c.chair(),
                c.format(),
                c.venue(),
                c.time(),
                c.backdrop(),
                c.budget(),
                c.assignments(),
                c.distribution(),
                c.signer(),
                false,
                null);

        assertThat(content.violations())
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        tuple("indices[1].code", "unique"),
                        tuple("indices[2].year", "future-results"),
                        tuple("indices[3].year", "range"));
    }

    @Test
    void requiresWhatAPlanMustSayBeforeSubmission() {
        PlanContent empty = new PlanContent(
                "Kế hoạch",
                null,
                null,
                null,
                null,
                null,
                null,
                ConferenceFormat.HYBRID,
                null,
                PlannedTime.quarter(3, 2024, null, null),
                null,
                null,
                null,
                null,
                new Signer("Ông A", null, null),
                false,
                null);

        assertThat(empty.violations()).isEmpty();
        assertThat(empty.missingForSubmission())
                .extracting(Violation::field)
                .containsExactly(
                        "indices",
                        "participants.groups",
                        "chair",
                        "venue.room",
                        "participants.bridgePoints",
                        "signer",
                        "distribution");
    }

    @Test
    void requiresATitleAFormatAndATimeEvenInADraft() {
        PlanContent nothing = new PlanContent(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new Budget(" ", null),
                null,
                List.of(new DistributionEntry(" ", null)),
                new Signer(null, "Chủ tịch", null),
                false,
                null);

        assertThat(nothing.violations())
                .extracting(Violation::field)
                .containsExactly("title", "format", "time", "distribution[0].text", "budget.source", "signer.name");
    }
}
