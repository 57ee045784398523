package vn.gov.conference.plan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositionTests {

    private static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    private static final UnitRef MTTQ = new UnitRef("TG-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tiền Giang");

    private static ParticipantGroup group(String id, Integer count, String point) {
        return new ParticipantGroup(id, ParticipantLevel.PROVINCE, SNV, "Lãnh đạo", count, point);
    }

    private static ExternalGuest guest(String id, String point) {
        return new ExternalGuest(id, "Bà", "Đỗ Thanh Huyền", "Chuyên gia", "UNDP", null, true, point);
    }

    private static List<Violation> check(Composition composition, ConferenceFormat format) {
        return composition.violations(format);
    }

    @Test
    void acceptsAStatedTotalEqualToTheSum() {
        Composition composition =
                new Composition(List.of(group("a", 60, null), group("b", 70, null)), List.of(), List.of(), 130, false);

        assertThat(check(composition, ConferenceFormat.IN_PERSON)).isEmpty();
        assertThat(composition.tally()).isEqualTo(new Composition.Tally(130, true, 130, false));
    }

    @Test
    void refusesAStatedTotalThatDiffersFromTheSum() {
        Composition composition =
                new Composition(List.of(group("a", 60, null), group("b", 71, null)), List.of(), List.of(), 130, false);

        assertThat(check(composition, ConferenceFormat.IN_PERSON))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("participants.statedTotal", "total-mismatch"));
    }

    @Test
    void letsAnApproximateTotalDifferByAtMostATenth() {
        Composition within = new Composition(List.of(group("a", 143, null)), List.of(), List.of(), 130, true);
        Composition beyond = new Composition(List.of(group("a", 144, null)), List.of(), List.of(), 130, true);
        Composition below = new Composition(List.of(group("a", 116, null)), List.of(), List.of(), 130, true);

        assertThat(check(within, ConferenceFormat.IN_PERSON)).isEmpty();
        assertThat(check(beyond, ConferenceFormat.IN_PERSON))
                .extracting(Violation::rule)
                .containsExactly("total-mismatch");
        assertThat(check(below, ConferenceFormat.IN_PERSON))
                .extracting(Violation::rule)
                .containsExactly("total-mismatch");
    }

    @Test
    void acceptsGroupsWithoutNumbersWhileTheStatedOnesStayWithinTheTotal() {
        Composition composition =
                new Composition(List.of(group("a", null, null), group("b", 66, null)), List.of(), List.of(), 130, true);

        assertThat(check(composition, ConferenceFormat.IN_PERSON)).isEmpty();
        assertThat(composition.tally().complete()).isFalse();
        assertThat(composition.tally().counted()).isEqualTo(66);
    }

    @Test
    void refusesStatedNumbersThatAlreadyExceedTheTotal() {
        Composition composition = new Composition(
                List.of(group("a", null, null), group("b", 100, null)), List.of(), List.of(), 80, false);

        assertThat(check(composition, ConferenceFormat.IN_PERSON))
                .extracting(Violation::rule)
                .containsExactly("total-exceeded");
    }

    @Test
    void countsABridgePointAsItsExpectedAttendanceAndGuestsAsOneEach() {
        Composition composition = new Composition(
                List.of(group("tinh", null, "DC-TINH"), group("huyen", 3, "DC-HUYEN")),
                List.of(
                        new BridgePoint("DC-TINH", "Điểm cầu Tỉnh", null, 40),
                        new BridgePoint("DC-HUYEN", "Điểm cầu huyện", null, null)),
                List.of(guest("k1", "DC-TINH"), guest("k2", "DC-HUYEN")),
                44,
                false);

        assertThat(composition.tally()).isEqualTo(new Composition.Tally(44, true, 44, false));
        assertThat(check(composition, ConferenceFormat.ONLINE)).isEmpty();
    }

    @Test
    void refusesMoreAtABridgePointThanItExpects() {
        Composition composition = new Composition(
                List.of(group("a", 39, "P"), group("b", null, "P")),
                List.of(new BridgePoint("P", "Điểm cầu Tỉnh", null, 40)),
                List.of(guest("k1", "P"), guest("k2", "P")),
                null,
                false);

        assertThat(check(composition, ConferenceFormat.ONLINE))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("participants.bridgePoints[0].expectedAttendance", "attendance-exceeded"));
    }

    @Test
    void refusesAFullyCountedBridgePointThatDoesNotAddUp() {
        Composition composition = new Composition(
                List.of(group("a", 30, "P")),
                List.of(new BridgePoint("P", "Điểm cầu Tỉnh", null, 40)),
                List.of(),
                null,
                false);

        assertThat(check(composition, ConferenceFormat.ONLINE))
                .extracting(Violation::rule)
                .containsExactly("attendance-mismatch");
    }

    @Test
    void refusesBridgePointsInAnInPersonConference() {
        Composition composition = new Composition(
                List.of(group("a", 1, null)),
                List.of(new BridgePoint("P", "Điểm cầu Tỉnh", null, null)),
                List.of(),
                null,
                false);

        assertThat(check(composition, ConferenceFormat.IN_PERSON))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("participants.bridgePoints", "format"));
        assertThat(check(composition, ConferenceFormat.HYBRID)).isEmpty();
    }

    @Test
    void requiresEveryoneOnlineToAttendAtABridgePoint() {
        Composition composition = new Composition(
                List.of(group("a", 1, null)),
                List.of(new BridgePoint("P", "Điểm cầu Tỉnh", null, null)),
                List.of(guest("k", null)),
                null,
                false);

        assertThat(check(composition, ConferenceFormat.ONLINE))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        tuple("participants.groups[0].bridgePoint", "online-bridge-point"),
                        tuple("participants.externalGuests[0].bridgePoint", "online-bridge-point"));
        assertThat(check(composition, ConferenceFormat.HYBRID))
                .as("hybrid: the main venue is a place too")
                .isEmpty();
    }

    @Test
    void refusesAReferenceToABridgePointThatIsNotThere() {
        Composition composition = new Composition(
                List.of(group("a", 1, "NOWHERE")),
                List.of(new BridgePoint("P", "Điểm cầu Tỉnh", null, null)),
                List.of(),
                null,
                false);

        assertThat(check(composition, ConferenceFormat.ONLINE))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("participants.groups[0].bridgePoint", "unknown-bridge-point"));
    }

    @Test
    void refusesMalformedLines() {
        List<ParticipantGroup> groups = new ArrayList<>();
        groups.add(new ParticipantGroup("a", null, null, null, 0, null));
        groups.add(new ParticipantGroup("a", ParticipantLevel.DISTRICT, MTTQ, "Chủ tịch", 1, null));
        Composition composition = new Composition(
                groups,
                List.of(new BridgePoint("P", null, null, 0), new BridgePoint("P", "Hai", null, null)),
                List.of(new ExternalGuest("k", null, null, null, "UNDP", "not-an-email", true, "P")),
                0,
                false);

        assertThat(check(composition, ConferenceFormat.HYBRID))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(
                        tuple("participants.bridgePoints[0].name", "required"),
                        tuple("participants.bridgePoints[0].expectedAttendance", "positive"),
                        tuple("participants.bridgePoints[1].code", "unique"),
                        tuple("participants.groups[0].level", "required"),
                        tuple("participants.groups[0].unit", "required"),
                        tuple("participants.groups[0].role", "required"),
                        tuple("participants.groups[0].count", "positive"),
                        tuple("participants.groups[1].id", "unique"),
                        tuple("participants.externalGuests[0].name", "required"),
                        tuple("participants.externalGuests[0].email", "email"),
                        tuple("participants.statedTotal", "positive"));
    }
}
