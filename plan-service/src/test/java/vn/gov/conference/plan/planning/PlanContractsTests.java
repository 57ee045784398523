package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.conference.plan.planning.Fixtures.AUGUST_15_2024_0730;
import static vn.gov.conference.plan.planning.Fixtures.JULY_18_2024;
import static vn.gov.conference.plan.planning.Fixtures.JULY_20_2024;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.plan.ConferenceFormat;
import vn.gov.conference.contracts.plan.PlanEvents;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.platform.events.OutboxMessage;

class PlanContractsTests {

    private static Object only(Plan plan) {
        List<PlanEvent> events = Raised.since(plan);
        assertThat(events).hasSize(1);
        return PlanContracts.payload(plan, events.getFirst()).orElseThrow();
    }

    @Test
    void announcesADraftWithItsTitleAndProvince() {
        Plan plan = Fixtures.tienGiangDraft();

        assertThat(only(plan))
                .isEqualTo(new PlanEvents.PlanDrafted(
                        plan.id().value(), plan.content().title(), "tien-giang"));
    }

    @Test
    void carriesTheWholeApprovedPlanInPlanApproved() {
        Plan plan = Fixtures.tienGiangIn(PlanStatus.SUBMITTED);
        plan.approve(Fixtures.number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);

        PlanEvents.PlanApproved approved = (PlanEvents.PlanApproved) only(plan);
        PlanSnapshot snapshot = approved.plan();

        assertThat(approved.approvedAt()).isEqualTo(JULY_20_2024);
        assertThat(approved.approvedBy()).isEqualTo("tg-approver");
        assertThat(snapshot.planId()).isEqualTo(plan.id().value());
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.province()).isEqualTo(new Province("tien-giang", "Tiền Giang"));
        assertThat(snapshot.issuingBody()).isEqualTo(new UnitRef("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"));
        assertThat(snapshot.documentNumber()).isEqualTo("276/KH-UBND");
        assertThat(snapshot.issuedOn()).isEqualTo(JULY_18_2024);
        assertThat(snapshot.indices()).hasSize(7);
        assertThat(snapshot.format()).isEqualTo(ConferenceFormat.IN_PERSON);
        assertThat(snapshot.venue().room()).isEqualTo("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang");
        assertThat(snapshot.time().exact()).isFalse();
        assertThat(snapshot.time().windowStart()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(snapshot.time().label()).isEqualTo("dự kiến quý 3 năm 2024");
        assertThat(snapshot.chair()).isEqualTo("Thường trực Ủy ban nhân dân tỉnh");
        assertThat(snapshot.statedTotal()).isEqualTo(130);
        assertThat(snapshot.participants())
                .hasSize(40)
                .filteredOn(g -> g.unit().code().equals("TG-MYTHO"))
                .extracting(g -> g.count())
                .containsExactly(1, 5);
        assertThat(snapshot.participants())
                .filteredOn(g -> g.unit().code().equals("TG-MTTQ"))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.count()).as("0: the plan states no number").isZero();
                    assertThat(g.level()).isEqualTo("PROVINCE");
                    assertThat(g.email()).isNull();
                });
        assertThat(snapshot.assignments())
                .filteredOn(a -> a.id().equals("skhdt-phat-bieu"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.deadline()).isEqualTo(OffsetDateTime.parse("2024-07-25T00:00:00+07:00"));
                    assertThat(a.owner()).isEqualTo(new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư"));
                    assertThat(a.recipient()).isEqualTo(new UnitRef("TG-SNV", "Sở Nội vụ"));
                    assertThat(a.nextAssignmentId()).isEqualTo("snv-chuong-trinh");
                    assertThat(a.deliverables())
                            .singleElement()
                            .satisfies(d -> assertThat(d.kind()).isEqualTo("DRAFT_SPEECH"));
                });
        assertThat(snapshot.replacesInvitationLetter()).isFalse();
        assertThat(snapshot.signer()).isEqualTo("Nguyễn Văn Vĩnh");
        assertThat(snapshot.signerTitle()).isEqualTo("Chủ tịch");
    }

    @Test
    void carriesBridgePointsAndAddressesGuestsOfTheOnlinePlan() {
        PlanSnapshot snapshot = PlanContracts.snapshot(Fixtures.dongThapDraft());

        assertThat(snapshot.documentNumber()).as("a draft has no number").isNull();
        assertThat(snapshot.format()).isEqualTo(ConferenceFormat.ONLINE);
        assertThat(snapshot.time().start()).isEqualTo(OffsetDateTime.parse("2021-07-07T08:00:00+07:00"));
        assertThat(snapshot.bridgePoints()).first().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DC-TINH");
            assertThat(p.expectedAttendance()).isEqualTo(40);
        });
        assertThat(snapshot.bridgePoints())
                .element(1)
                .extracting(p -> p.expectedAttendance())
                .isEqualTo(0);
        assertThat(snapshot.externalGuests()).extracting(g -> g.name()).containsExactly("Bà Đỗ Thanh Huyền", null);
        assertThat(snapshot.externalGuests()).allMatch(g -> g.online());
        assertThat(snapshot.replacesInvitationLetter()).isTrue();
        assertThat(snapshot.participants())
                .allSatisfy(g -> assertThat(g.bridgePointCode()).isNotNull());
    }

    @Test
    void mapsTheOtherTransitionsToTheirContracts() {
        Plan plan = Fixtures.tienGiangIn(PlanStatus.APPROVED);
        String id = plan.id().value();

        plan.schedule(AUGUST_15_2024_0730, null, null, "tg-approver", JULY_20_2024);
        assertThat(only(plan))
                .isEqualTo(new PlanEvents.ConferenceScheduled(
                        id,
                        1,
                        AUGUST_15_2024_0730,
                        null,
                        new vn.gov.conference.contracts.plan.Venue(
                                "Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang",
                                "số 6C Rạch Gầm, Phường 1, thành phố Mỹ Tho, Tiền Giang")));

        plan.cancel("Hoãn tổ chức", "tg-office", JULY_20_2024);
        assertThat(only(plan)).isEqualTo(new PlanEvents.PlanCancelled(id, 1, "Hoãn tổ chức"));

        Plan held = Fixtures.tienGiangIn(PlanStatus.HELD);
        held.close("tg-office", JULY_20_2024.plusMonths(1));
        assertThat(only(held)).isEqualTo(new PlanEvents.PlanClosed(held.id().value(), JULY_20_2024.plusMonths(1)));

        Plan draft = Fixtures.tienGiangIn(PlanStatus.DRAFT);
        draft.submit("tg-office", JULY_20_2024);
        assertThat(only(draft))
                .isEqualTo(new PlanEvents.PlanSubmitted(
                        draft.id().value(), 1, draft.content().title()));
    }

    @Test
    void announcesAnAmendmentWithTheNewSnapshotAndWhatChanged() {
        Plan plan = Fixtures.tienGiangIn(PlanStatus.SCHEDULED);
        var c = plan.content();
        plan.amend(
                new vn.gov.conference.plan.planning.PlanContent(
                        c.title(),
                        c.preamble(),
                        c.indices(),
                        c.purposes(),
                        c.requirements(),
                        c.participants(),
                        "Chủ tịch Ủy ban nhân dân tỉnh",
                        c.format(),
                        c.venue(),
                        c.time(),
                        c.backdrop(),
                        c.budget(),
                        c.assignments(),
                        c.distribution(),
                        c.signer(),
                        c.replacesInvitationLetter(),
                        c.closing()),
                "Đổi chủ trì",
                "tg-approver",
                JULY_20_2024);

        PlanEvents.PlanAmended amended = (PlanEvents.PlanAmended) only(plan);

        assertThat(amended.changes()).containsExactly("chair");
        assertThat(amended.reason()).isEqualTo("Đổi chủ trì");
        assertThat(amended.plan().version()).isEqualTo(2);
        assertThat(amended.plan().chair()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(amended.plan().time().start()).isEqualTo(AUGUST_15_2024_0730);
    }

    @Test
    void keepsAReturnToDraftInsideTheService() {
        Plan plan = Fixtures.tienGiangIn(PlanStatus.SUBMITTED);
        plan.returnForCorrection("Bổ sung", "tg-approver", JULY_20_2024);

        PlanEvent returned = Raised.since(plan).getFirst();
        assertThat(PlanContracts.payload(plan, returned)).isEmpty();
        assertThat(new PlanContracts().publish(plan, returned)).isEmpty();
    }

    @Test
    void publishesEachEventAsACloudEventOfItsTypeKeyedByThePlan() {
        Plan plan = Fixtures.tienGiangDraft();
        plan.submit("tg-office", JULY_20_2024);
        plan.approve(Fixtures.number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);
        PlanContracts contracts = new PlanContracts();

        List<OutboxMessage> messages = plan.raisedEvents().stream()
                .flatMap(event -> contracts.publish(plan, event).stream())
                .toList();

        assertThat(plan.outbox())
                .as("staged by the platform on save, not before")
                .isEmpty();
        assertThat(messages)
                .extracting(m -> m.type())
                .containsExactly(
                        "vn.gov.conference.plan.drafted.v1",
                        "vn.gov.conference.plan.submitted.v1",
                        "vn.gov.conference.plan.approved.v1");
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.topic()).isEqualTo("conference.plan.v1");
            assertThat(m.key()).isEqualTo(plan.id().value());
            assertThat(m.tenant()).isEqualTo("tien-giang");
        });
        assertThat(messages).extracting(m -> m.eventId()).doesNotHaveDuplicates();
        assertThat(messages.getLast().data()).contains("\"documentNumber\":\"276/KH-UBND\"");
        assertThat(messages.getLast().time()).isEqualTo(JULY_20_2024.toInstant());
    }
}
