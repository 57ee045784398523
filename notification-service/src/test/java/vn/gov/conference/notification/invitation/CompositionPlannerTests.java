package vn.gov.conference.notification.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.plan.ParticipantGroup;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.Fixtures;
import vn.gov.conference.notification.conference.FromContracts;

class CompositionPlannerTests {

    private static final Map<String, String> DIRECTORY = Map.of(
            "DT-SNV", "snv@dongthap.conference.example",
            "DT-CHAUTHANH", "chauthanh@dongthap.conference.example");

    private static List<InviteeSpec> plan() {
        return CompositionPlanner.plan(Fixtures.dongThap("p3"), code -> Optional.ofNullable(DIRECTORY.get(code)));
    }

    @Test
    void givesEachCompositionLineASeatQuotaAddressedToTheUnit() {
        InviteeSpec snv = plan().getFirst();

        assertThat(snv.seatQuota()).isTrue();
        assertThat(snv.sourceKey()).isEqualTo("group:g-snv");
        assertThat(snv.seats()).isEqualTo(3);
        assertThat(snv.invitee().unitCode()).isEqualTo("DT-SNV");
        assertThat(snv.invitee().addressee()).isEqualTo("Sở Nội vụ");
        assertThat(snv.invitee().email()).isEqualTo("snv@dongthap.conference.example");
        assertThat(snv.bridgePointCode()).isEqualTo("DT-TINH");
    }

    @Test
    void prefersThePlansOwnAddressAndLeavesAnUnknownUnitUnaddressed() {
        List<InviteeSpec> specs = plan();

        assertThat(specs)
                .filteredOn(s -> "DT-BAODT".equals(s.invitee().unitCode()))
                .singleElement()
                .satisfies(press -> {
                    assertThat(press.invitee().email()).isEqualTo("toasoan@baodongthap.example");
                    assertThat(press.invitee().category()).isEqualTo(Invitee.Category.PRESS);
                });
        assertThat(specs)
                .filteredOn(s -> "DT-MTTQ".equals(s.invitee().unitCode()))
                .singleElement()
                .satisfies(mttq -> assertThat(mttq.invitee().email()).isNull());
    }

    @Test
    void invitesExternalGuestsPersonallyAndOnline() {
        InviteeSpec guest = plan().getLast();

        assertThat(guest.seatQuota()).isFalse();
        assertThat(guest.sourceKey()).isEqualTo("guest:x-undp");
        assertThat(guest.invitee().name()).isEqualTo("Bà Đỗ Thanh Huyền");
        assertThat(guest.invitee().category()).isEqualTo(Invitee.Category.GUEST);
        assertThat(guest.invitee().organisation()).contains("UNDP");
        assertThat(guest.online()).isTrue();
    }

    @Test
    void keepsTheBridgePointAPlanGivesAGuest() {
        PlanSnapshot p = Fixtures.dongThap("p3");
        var guest = p.externalGuests().getFirst();
        PlanSnapshot atTheProvincialPoint = new PlanSnapshot(
                p.planId(),
                p.version(),
                p.province(),
                p.issuingBody(),
                p.documentNumber(),
                p.issuedOn(),
                p.title(),
                p.indices(),
                p.format(),
                p.venue(),
                p.time(),
                p.chair(),
                p.participants(),
                p.bridgePoints(),
                List.of(new vn.gov.conference.contracts.plan.ExternalGuest(
                        guest.id(),
                        guest.name(),
                        guest.position(),
                        guest.organisation(),
                        guest.email(),
                        true,
                        "DT-TINH")),
                p.statedTotal(),
                p.assignments(),
                p.replacesInvitationLetter(),
                p.signer(),
                p.signerTitle());

        InviteeSpec spec = CompositionPlanner.plan(atTheProvincialPoint, code -> Optional.empty())
                .getLast();

        assertThat(spec.sourceKey()).isEqualTo("guest:x-undp");
        assertThat(spec.bridgePointCode()).isEqualTo("DT-TINH");
        assertThat(plan().getLast().bridgePointCode()).isNull();
    }

    @Test
    void marksDelegatesAtABridgePointOfAnOnlineConferenceAsOnline() {
        assertThat(plan()).filteredOn(InviteeSpec::seatQuota).allMatch(InviteeSpec::online);
        assertThat(CompositionPlanner.plan(Fixtures.tienGiang("p1"), code -> Optional.empty()))
                .noneMatch(InviteeSpec::online)
                .hasSize(2);
    }

    @Test
    void invitesTheUnitOfALineThatStatesNoCountToNameHowManyItSends() {
        PlanSnapshot plan = Fixtures.withGroups(
                Fixtures.tienGiang("p1"),
                List.of(
                        new ParticipantGroup(
                                "skhdt",
                                "PROVINCE",
                                Fixtures.unit("TG-SKHDT", "Sở Kế hoạch và Đầu tư"),
                                "Đại diện lãnh đạo và chuyên viên Phòng Kinh tế đối ngoại",
                                0,
                                null,
                                null),
                        new ParticipantGroup(
                                "cqcm",
                                "PROVINCE",
                                Fixtures.unit("TG-CQCM", "Các cơ quan chuyên môn"),
                                "Thủ trưởng và công chức phụ trách cải cách hành chính",
                                0,
                                null,
                                null),
                        new ParticipantGroup("no-unit", "PROVINCE", null, "Khách mời khác", 0, null, null)));

        List<InviteeSpec> specs = CompositionPlanner.plan(plan, code -> Optional.of(code.toLowerCase() + "@x.example"));

        assertThat(specs).extracting(InviteeSpec::sourceKey).containsExactly("group:skhdt", "group:cqcm");
        assertThat(specs.getFirst()).satisfies(skhdt -> {
            assertThat(skhdt.seatQuota()).isTrue();
            assertThat(skhdt.seats()).isZero();
            assertThat(skhdt.invitee().position())
                    .isEqualTo("Đại diện lãnh đạo và chuyên viên Phòng Kinh tế đối ngoại");
            assertThat(skhdt.invitee().email()).isEqualTo("tg-skhdt@x.example");
        });
    }

    @Test
    void setsTheAnswerDeadlineBeforeTheStartOrBeforeTheEndOfATentativeWindow() {
        AnswerDeadlinePolicy policy = new AnswerDeadlinePolicy(Duration.ofDays(2));

        assertThat(policy.deadlineFor(FromContracts.details(Fixtures.dongThap("p3"))))
                .isEqualTo(OffsetDateTime.parse("2021-07-05T08:00+07:00"));
        assertThat(policy.deadlineFor(FromContracts.details(Fixtures.tienGiang("p1"))))
                .isEqualTo(OffsetDateTime.parse("2024-09-29T00:00+07:00"));
    }
}
