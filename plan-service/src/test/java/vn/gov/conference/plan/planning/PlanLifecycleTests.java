package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.gov.conference.plan.planning.Fixtures.AUGUST_15_2024_0730;
import static vn.gov.conference.plan.planning.Fixtures.AUGUST_15_2024_NOON;
import static vn.gov.conference.plan.planning.Fixtures.JULY_18_2024;
import static vn.gov.conference.plan.planning.Fixtures.JULY_20_2024;
import static vn.gov.conference.plan.planning.Fixtures.number;
import static vn.gov.conference.plan.planning.Fixtures.tienGiangIn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.conference.plan.planning.PlanEvent.ConferenceHeld;
import vn.gov.conference.plan.planning.PlanEvent.ConferenceScheduled;
import vn.gov.conference.plan.planning.PlanEvent.PlanAmended;
import vn.gov.conference.plan.planning.PlanEvent.PlanApproved;
import vn.gov.conference.plan.planning.PlanEvent.PlanCancelled;
import vn.gov.conference.plan.planning.PlanEvent.PlanClosed;
import vn.gov.conference.plan.planning.PlanEvent.PlanDrafted;
import vn.gov.conference.plan.planning.PlanEvent.PlanReturned;
import vn.gov.conference.plan.planning.PlanEvent.PlanSubmitted;

class PlanLifecycleTests {

    /** Written out independently of {@link Operation}: which operation each status allows. */
    private static final Map<PlanStatus, Set<String>> ALLOWED = Map.of(
            PlanStatus.DRAFT, Set.of("revise", "submit", "cancel"),
            PlanStatus.SUBMITTED, Set.of("return", "approve", "cancel"),
            PlanStatus.APPROVED, Set.of("schedule", "amend", "cancel"),
            PlanStatus.SCHEDULED, Set.of("schedule", "amend", "cancel", "hold"),
            PlanStatus.HELD, Set.of("close"),
            PlanStatus.CLOSED, Set.of(),
            PlanStatus.CANCELLED, Set.of());

    static Stream<Arguments> everyStatusAndOperation() {
        return Arrays.stream(PlanStatus.values())
                .flatMap(status -> Arrays.stream(Operation.values()).map(op -> Arguments.of(status, op)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndOperation")
    void allowsExactlyTheTransitionsOfTheLifecycle(PlanStatus status, Operation operation) {
        Plan plan = tienGiangIn(status);
        PlanContent before = plan.content();
        boolean allowed = ALLOWED.get(status).contains(operation.verb());

        if (allowed) {
            attempt(operation, plan);
            if (operation == Operation.REVISE) {
                assertThat(plan.content()).isNotEqualTo(before);
                assertThat(Raised.since(plan))
                        .as("revising a draft is the one change no consumer hears of")
                        .isEmpty();
            } else {
                assertThat(Raised.since(plan))
                        .as("an allowed operation is recorded")
                        .isNotEmpty();
            }
        } else {
            IllegalTransitionException refused =
                    catchThrowableOfType(IllegalTransitionException.class, () -> attempt(operation, plan));
            assertThat(refused)
                    .as(operation + " from " + status + " must be refused")
                    .isNotNull();
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.operation()).isEqualTo(operation.verb());
            assertThat(plan.status()).isEqualTo(status);
            assertThat(plan.content()).isSameAs(before);
            assertThat(Raised.since(plan)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void offersTheOperationsItsStatusAllows(PlanStatus status) {
        assertThat(tienGiangIn(status).availableOperations())
                .extracting(Operation::verb)
                .containsExactlyInAnyOrderElementsOf(ALLOWED.get(status));
    }

    @Test
    void explainsWhatToDoInsteadWhenAnApprovedPlanIsEdited() {
        Plan plan = tienGiangIn(PlanStatus.APPROVED);

        assertThatThrownBy(() -> plan.revise(plan.content(), "tg-office", JULY_20_2024))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Amend it instead");
    }

    private static void attempt(Operation operation, Plan plan) {
        switch (operation) {
            case REVISE -> plan.revise(retitled(plan.content(), "Tiêu đề mới"), "tg-office", JULY_20_2024);
            case SUBMIT -> plan.submit("tg-office", JULY_20_2024);
            case RETURN -> plan.returnForCorrection("Bổ sung thành phần", "tg-approver", JULY_20_2024);
            case APPROVE -> plan.approve(number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);
            case SCHEDULE ->
                plan.schedule(
                        plan.content().time().exact()
                                ? plan.content().time().start().plusDays(1)
                                : AUGUST_15_2024_0730,
                        null,
                        null,
                        "tg-approver",
                        JULY_20_2024);
            case AMEND ->
                plan.amend(
                        retitled(plan.content(), "Tiêu đề sửa đổi"), "Điều chỉnh tiêu đề", "tg-approver", JULY_20_2024);
            case CANCEL -> plan.cancel("Hoãn tổ chức", "tg-office", JULY_20_2024);
            case HOLD -> plan.markHeld("tg-office", AUGUST_15_2024_NOON.plusDays(1));
            case CLOSE -> plan.close("tg-office", AUGUST_15_2024_NOON.plusDays(7));
        }
    }

    static PlanContent retitled(PlanContent c, String title) {
        return new PlanContent(
                title,
                c.preamble(),
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
                c.replacesInvitationLetter(),
                c.closing());
    }

    static PlanContent withTime(PlanContent c, PlannedTime time) {
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
                c.assignments(),
                c.distribution(),
                c.signer(),
                c.replacesInvitationLetter(),
                c.closing());
    }

    static PlanContent withoutChairAndSigner(PlanContent c) {
        return new PlanContent(
                c.title(),
                c.preamble(),
                c.indices(),
                c.purposes(),
                c.requirements(),
                c.participants(),
                null,
                c.format(),
                c.venue(),
                c.time(),
                c.backdrop(),
                c.budget(),
                c.assignments(),
                c.distribution(),
                null,
                c.replacesInvitationLetter(),
                c.closing());
    }

    @Nested
    class Drafting {

        @Test
        void draftsWithoutANumberAndRecordsPlanDrafted() {
            Plan plan = Fixtures.tienGiangDraft();

            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.number()).isNull();
            assertThat(plan.numberText()).isEqualTo("/KH-UBND");
            assertThat(plan.issuedOn()).isNull();
            assertThat(plan.version()).isEqualTo(1);
            assertThat(Raised.since(plan)).singleElement().isInstanceOf(PlanDrafted.class);
            assertThat(Raised.since(plan)).as("events are handed out once").isEmpty();
        }

        @Test
        void refusesADraftThatBreaksARule() {
            PlanContent broken = retitled(Fixtures.smallContent(), null);

            PlanRuleViolationException refused = catchThrowableOfType(
                    PlanRuleViolationException.class,
                    () -> Plan.draft(
                            PlanId.generate(),
                            Fixtures.issuerOf(Fixtures.smallRequest()),
                            broken,
                            "tg-office",
                            JULY_20_2024));

            assertThat(refused.violations())
                    .extracting(Violation::field, Violation::rule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "required"));
        }

        @Test
        void revisesADraftWhole() {
            Plan plan = Fixtures.tienGiangDraft();
            Raised.since(plan);

            plan.revise(retitled(plan.content(), "Hội nghị sơ kết"), "tg-office", JULY_20_2024);

            assertThat(plan.content().title()).isEqualTo("Hội nghị sơ kết");
            assertThat(plan.updatedAt()).isEqualTo(JULY_20_2024);
            assertThat(Raised.since(plan)).isEmpty();
        }

        @Test
        void keepsTheDraftWhenARevisionBreaksARule() {
            Plan plan = Fixtures.tienGiangDraft();
            PlanContent before = plan.content();

            assertThatThrownBy(() -> plan.revise(retitled(before, " "), "tg-office", JULY_20_2024))
                    .isInstanceOf(PlanRuleViolationException.class);

            assertThat(plan.content()).isSameAs(before);
        }
    }

    @Nested
    class Submitting {

        @Test
        void submitsACompleteDraft() {
            Plan plan = Fixtures.tienGiangDraft();
            Raised.since(plan);

            plan.submit("tg-office", JULY_20_2024);

            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(Raised.since(plan))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            PlanSubmitted.class, e -> assertThat(e.version()).isEqualTo(1));
        }

        @Test
        void refusesAnIncompleteDraftNamingWhatIsMissing() {
            Plan plan = Plan.draft(
                    PlanId.generate(),
                    Fixtures.issuerOf(Fixtures.smallRequest()),
                    withoutChairAndSigner(Fixtures.smallContent()),
                    "tg-office",
                    JULY_20_2024);
            Raised.since(plan);

            PlanRuleViolationException refused = catchThrowableOfType(
                    PlanRuleViolationException.class, () -> plan.submit("tg-office", JULY_20_2024));

            assertThat(refused.violations()).extracting(Violation::field).containsExactly("chair", "signer");
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(Raised.since(plan)).isEmpty();
        }

        @Test
        void returnsASubmittedPlanWithAReasonAndAcceptsItAgainAfterCorrection() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            plan.returnForCorrection("Bổ sung số lượng đại biểu", "tg-approver", JULY_20_2024);
            assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(plan.returnReason()).isEqualTo("Bổ sung số lượng đại biểu");
            plan.revise(retitled(plan.content(), "Tiêu đề đã sửa"), "tg-office", JULY_20_2024);
            plan.submit("tg-office", JULY_20_2024);

            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.returnReason()).isNull();
            assertThat(Raised.since(plan)).hasExactlyElementsOfTypes(PlanReturned.class, PlanSubmitted.class);
        }

        @Test
        void refusesToReturnWithoutAReason() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            PlanRuleViolationException refused = catchThrowableOfType(
                    PlanRuleViolationException.class,
                    () -> plan.returnForCorrection("  ", "tg-approver", JULY_20_2024));

            assertThat(refused.violations()).extracting(Violation::field).containsExactly("reason");
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        }
    }

    @Nested
    class Approving {

        @Test
        void approvesWithTheNumberAndIssueDateAndWaitsForAnExactTime() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            plan.approve(number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);

            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.numberText()).isEqualTo("276/KH-UBND");
            assertThat(plan.number().key()).isEqualTo("TG-UBND/2024/KH/276");
            assertThat(plan.issuedOn()).isEqualTo(JULY_18_2024);
            assertThat(plan.approvedAt()).isEqualTo(JULY_20_2024);
            assertThat(plan.approvedBy()).isEqualTo("tg-approver");
            assertThat(plan.referenceDate()).isEqualTo(JULY_18_2024);
            assertThat(Raised.since(plan))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            PlanApproved.class,
                            e -> assertThat(e.number().text()).isEqualTo("276/KH-UBND"));
        }

        @Test
        void schedulesAtOnceAPlanApprovedWithAnExactTime() {
            Plan plan = Fixtures.dongThapDraft();
            plan.submit("dt-office", OffsetDateTime.parse("2021-06-25T09:00:00+07:00"));
            Raised.since(plan);

            plan.approve(
                    number(plan, 112, 2021),
                    LocalDate.of(2021, 6, 28),
                    null,
                    "dt-approver",
                    OffsetDateTime.parse("2021-06-28T10:00:00+07:00"));

            assertThat(plan.status()).isEqualTo(PlanStatus.SCHEDULED);
            assertThat(Raised.since(plan))
                    .as("approval alone: the time did not change")
                    .hasExactlyElementsOfTypes(PlanApproved.class);
        }

        @Test
        void takesTheSignerGivenAtApproval() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            plan.approve(
                    number(plan, 276, 2024),
                    JULY_18_2024,
                    new Signer("Trần Văn A", "Phó Chủ tịch", "KT. Chủ tịch"),
                    "tg-approver",
                    JULY_20_2024);

            assertThat(plan.content().signer().name()).isEqualTo("Trần Văn A");
        }

        @Test
        void refusesAFutureIssueDate() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            assertRefused(
                    plan,
                    () -> plan.approve(
                            number(plan, 276, 2024), LocalDate.of(2024, 7, 21), null, "tg-approver", JULY_20_2024),
                    "issuedOn",
                    "future-issue-date");
        }

        @Test
        void refusesAnIssueDateAfterTheConference() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            assertRefused(
                    plan,
                    () -> plan.approve(
                            number(plan, 1, 2024),
                            LocalDate.of(2024, 10, 1),
                            null,
                            "tg-approver",
                            OffsetDateTime.parse("2024-10-02T09:00:00+07:00")),
                    "issuedOn",
                    "issued-after-conference");
        }

        @Test
        void refusesToApproveWithoutAnIssueDate() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            assertRefused(plan, () -> plan.checkApprovable(null, null, JULY_20_2024), "issuedOn", "required");
        }

        @Test
        void refusesANumberFromAnotherRegister() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);

            assertThatThrownBy(() ->
                            plan.approve(number(plan, 276, 2023), JULY_18_2024, null, "tg-approver", JULY_20_2024))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> plan.approve(
                            new DocumentNumber(276, 2024, "KH", "UBND", "DT-UBND"),
                            JULY_18_2024,
                            null,
                            "tg-approver",
                            JULY_20_2024))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(plan.number()).isNull();
        }
    }

    @Nested
    class Scheduling {

        @Test
        void fixesTheExactStartInsideTheTentativeWindow() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            plan.schedule(AUGUST_15_2024_0730, null, null, "tg-approver", JULY_20_2024);

            assertThat(plan.status()).isEqualTo(PlanStatus.SCHEDULED);
            assertThat(plan.content().time().exact()).isTrue();
            assertThat(plan.content().time().start()).isEqualTo(AUGUST_15_2024_0730);
            assertThat(plan.content().time().label()).isEqualTo("7 giờ 30, ngày 15/08/2024 (thứ Năm)");
            assertThat(plan.version()).as("scheduling is not an amendment").isEqualTo(1);
            assertThat(Raised.since(plan)).singleElement().isInstanceOfSatisfying(ConferenceScheduled.class, e -> {
                assertThat(e.start()).isEqualTo(AUGUST_15_2024_0730);
                assertThat(e.previousStart()).isNull();
                assertThat(e.venue().room()).isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang");
            });
        }

        @Test
        void movesAnExactStartAndTellsWhereItWas() {
            Plan plan = tienGiangIn(PlanStatus.SCHEDULED);
            Venue hall = new Venue("Hội trường A", "Mỹ Tho", null);

            plan.schedule(AUGUST_15_2024_0730.plusDays(7), hall, null, "tg-approver", JULY_20_2024);

            assertThat(plan.content().venue()).isEqualTo(hall);
            assertThat(Raised.since(plan)).singleElement().isInstanceOfSatisfying(ConferenceScheduled.class, e -> {
                assertThat(e.previousStart()).isEqualTo(AUGUST_15_2024_0730);
                assertThat(e.start()).isEqualTo(AUGUST_15_2024_0730.plusDays(7));
                assertThat(e.venue()).isEqualTo(hall);
            });
        }

        @Test
        void readsAStartGivenInAnotherOffsetAsVietnamTime() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            plan.schedule(OffsetDateTime.parse("2024-08-15T00:30:00Z"), null, null, "tg-approver", JULY_20_2024);

            assertThat(plan.content().time().start()).hasToString("2024-08-15T07:30+07:00");
        }

        @Test
        void refusesAStartOutsideTheTentativeWindow() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(
                    plan,
                    () -> plan.schedule(
                            OffsetDateTime.parse("2024-10-01T08:00:00+07:00"), null, null, "tg-approver", JULY_20_2024),
                    "start",
                    "outside-window");
        }

        @Test
        void refusesAStartBeforeAnAssignmentIsDue() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            PlanRuleViolationException refused = assertRefused(
                    plan,
                    () -> plan.schedule(
                            OffsetDateTime.parse("2024-07-26T08:00:00+07:00"), null, null, "tg-approver", JULY_20_2024),
                    "start",
                    "before-deadline");
            assertThat(refused.violations())
                    .extracting(Violation::message)
                    .anyMatch(m -> m.contains("snv-chuong-trinh"));
        }

        @Test
        void refusesAStartBeforeThePlanWasIssued() {
            Plan plan = tienGiangIn(PlanStatus.SUBMITTED);
            plan.approve(number(plan, 276, 2024), LocalDate.of(2024, 7, 18), null, "tg-approver", JULY_20_2024);
            PlanContent content = plan.content();

            assertThatThrownBy(() -> plan.schedule(
                            OffsetDateTime.parse("2024-07-02T08:00:00+07:00"), null, null, "tg-approver", JULY_20_2024))
                    .isInstanceOfSatisfying(
                            PlanRuleViolationException.class,
                            e -> assertThat(e.violations())
                                    .extracting(Violation::rule)
                                    .contains("before-issue-date"));
            assertThat(plan.content()).isSameAs(content);
        }

        @Test
        void refusesToScheduleTheSameStartAgain() {
            Plan plan = tienGiangIn(PlanStatus.SCHEDULED);

            assertRefused(
                    plan,
                    () -> plan.schedule(AUGUST_15_2024_0730, null, null, "tg-approver", JULY_20_2024),
                    "start",
                    "nothing-changed");
        }

        @Test
        void refusesToScheduleWithoutAStart() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(
                    plan, () -> plan.schedule(null, null, null, "tg-approver", JULY_20_2024), "start", "required");
        }

        @Test
        void refusesToScheduleAnInPersonConferenceWithoutARoom() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(
                    plan,
                    () -> plan.schedule(
                            AUGUST_15_2024_0730, new Venue(null, "Mỹ Tho", null), null, "tg-approver", JULY_20_2024),
                    "venue.room",
                    "required");
        }
    }

    @Nested
    class Amending {

        @Test
        void amendsAnApprovedPlanIntoANewVersionNamingWhatChanged() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);
            PlanContent amended =
                    withTime(retitled(plan.content(), "Tiêu đề sửa đổi"), PlannedTime.quarter(4, 2024, null, null));

            plan.amend(amended, "Lùi thời gian tổ chức", "tg-approver", JULY_20_2024);

            assertThat(plan.version()).isEqualTo(2);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.numberText()).as("an amendment keeps the number").isEqualTo("276/KH-UBND");
            assertThat(plan.amendments()).singleElement().satisfies(a -> {
                assertThat(a.version()).isEqualTo(2);
                assertThat(a.changes()).containsExactly("title", "time");
                assertThat(a.reason()).isEqualTo("Lùi thời gian tổ chức");
            });
            assertThat(Raised.since(plan)).singleElement().isInstanceOfSatisfying(PlanAmended.class, e -> {
                assertThat(e.version()).isEqualTo(2);
                assertThat(e.changes()).containsExactly("title", "time");
            });
        }

        @Test
        void refusesAnAmendmentThatChangesNothing() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(
                    plan,
                    () -> plan.amend(plan.content(), "Không đổi", "tg-approver", JULY_20_2024),
                    "changes",
                    "nothing-changed");
        }

        @Test
        void refusesAnAmendmentWithoutAReason() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(
                    plan,
                    () -> plan.amend(retitled(plan.content(), "Mới"), null, "tg-approver", JULY_20_2024),
                    "reason",
                    "required");
        }

        @Test
        void leavesExactStartsToScheduling() {
            Plan approved = tienGiangIn(PlanStatus.APPROVED);
            Plan scheduled = tienGiangIn(PlanStatus.SCHEDULED);

            assertRefused(
                    approved,
                    () -> approved.amend(
                            withTime(approved.content(), PlannedTime.exact(AUGUST_15_2024_0730, null, null)),
                            "Chốt ngày",
                            "tg-approver",
                            JULY_20_2024),
                    "time",
                    "use-schedule");
            assertRefused(
                    scheduled,
                    () -> scheduled.amend(
                            withTime(scheduled.content(), PlannedTime.quarter(4, 2024, null, null)),
                            "Lùi",
                            "tg-approver",
                            JULY_20_2024),
                    "time",
                    "use-schedule");
        }

        @Test
        void refusesAnAmendmentThatBreaksARuleOrLeavesThePlanIncomplete() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            PlanRuleViolationException refused = assertRefused(
                    plan,
                    () -> plan.amend(withoutChairAndSigner(plan.content()), "Bỏ chủ trì", "tg-approver", JULY_20_2024),
                    "chair",
                    "required");
            assertThat(refused.violations()).extracting(Violation::field).contains("signer");
        }
    }

    @Nested
    class CancellingHoldingClosing {

        @ParameterizedTest
        @EnumSource(
                value = PlanStatus.class,
                names = {"DRAFT", "SUBMITTED", "APPROVED", "SCHEDULED"})
        void cancelsAnythingNotYetHeld(PlanStatus status) {
            Plan plan = tienGiangIn(status);

            plan.cancel("Hoãn do thiên tai", "tg-office", JULY_20_2024);

            assertThat(plan.status()).isEqualTo(PlanStatus.CANCELLED);
            assertThat(plan.cancellationReason()).isEqualTo("Hoãn do thiên tai");
            assertThat(plan.cancelledAt()).isEqualTo(JULY_20_2024);
            assertThat(Raised.since(plan))
                    .singleElement()
                    .isInstanceOfSatisfying(
                            PlanCancelled.class, e -> assertThat(e.reason()).isEqualTo("Hoãn do thiên tai"));
        }

        @Test
        void refusesToCancelWithoutAReason() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertRefused(plan, () -> plan.cancel("", "tg-office", JULY_20_2024), "reason", "required");
        }

        @Test
        void marksAScheduledConferenceHeldOnItsDay() {
            Plan plan = tienGiangIn(PlanStatus.SCHEDULED);

            plan.markHeld("tg-office", AUGUST_15_2024_NOON);

            assertThat(plan.status()).isEqualTo(PlanStatus.HELD);
            assertThat(plan.heldAt()).isEqualTo(AUGUST_15_2024_NOON);
            assertThat(Raised.since(plan)).singleElement().isInstanceOf(ConferenceHeld.class);
        }

        @Test
        void refusesToMarkHeldBeforeTheConferenceDay() {
            Plan plan = tienGiangIn(PlanStatus.SCHEDULED);

            assertThatThrownBy(() -> plan.markHeld("tg-office", OffsetDateTime.parse("2024-08-14T23:59:00+07:00")))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("2024-08-15");
            assertThat(plan.status()).isEqualTo(PlanStatus.SCHEDULED);
            assertThat(Raised.since(plan)).isEmpty();
        }

        @Test
        void asksToScheduleBeforeHoldingATentativeConference() {
            Plan plan = tienGiangIn(PlanStatus.APPROVED);

            assertThatThrownBy(() -> plan.markHeld("tg-office", AUGUST_15_2024_NOON))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("Schedule");
        }

        @Test
        void closesAHeldConference() {
            Plan plan = tienGiangIn(PlanStatus.HELD);

            plan.close("tg-office", AUGUST_15_2024_NOON.plusDays(7));

            assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
            assertThat(plan.closedAt()).isEqualTo(AUGUST_15_2024_NOON.plusDays(7));
            assertThat(Raised.since(plan)).singleElement().isInstanceOf(PlanClosed.class);
        }
    }

    @Test
    void recordsTheWholeLifeOfTheTienGiangPlanInOrder() {
        Plan plan = Fixtures.tienGiangDraft();
        plan.submit("tg-office", JULY_20_2024);
        plan.approve(number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);
        plan.schedule(AUGUST_15_2024_0730, null, null, "tg-approver", JULY_20_2024);
        plan.markHeld("tg-office", AUGUST_15_2024_NOON);
        plan.close("tg-office", AUGUST_15_2024_NOON.plusDays(7));

        List<Class<?>> types = new ArrayList<>();
        Raised.since(plan).forEach(e -> types.add(e.getClass()));
        assertThat(types)
                .containsExactly(
                        PlanDrafted.class,
                        PlanSubmitted.class,
                        PlanApproved.class,
                        ConferenceScheduled.class,
                        ConferenceHeld.class,
                        PlanClosed.class);
    }

    private static PlanRuleViolationException assertRefused(Plan plan, Runnable operation, String field, String rule) {
        PlanStatus status = plan.status();
        PlanContent content = plan.content();
        int version = plan.version();
        DocumentNumber number = plan.number();
        List<PlanEvent> pending = Raised.since(plan);
        PlanRuleViolationException refused = catchThrowableOfType(PlanRuleViolationException.class, operation::run);
        assertThat(refused).as("expected a refusal on " + field).isNotNull();
        assertThat(refused.violations())
                .extracting(Violation::field, Violation::rule)
                .contains(org.assertj.core.groups.Tuple.tuple(field, rule));
        assertThat(plan.status()).isEqualTo(status);
        assertThat(plan.content()).isSameAs(content);
        assertThat(plan.version()).isEqualTo(version);
        assertThat(plan.number()).isEqualTo(number);
        assertThat(Raised.since(plan)).as("a refusal records nothing").isEmpty();
        assertThat(pending).isNotNull();
        return refused;
    }
}
