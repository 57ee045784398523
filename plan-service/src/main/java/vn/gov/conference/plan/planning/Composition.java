package vn.gov.conference.plan.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who attends ("Thành phần tham dự"): groups by level, unit and role, the bridge points of an online
 * conference with their expected attendance, external guests, and the total the plan states
 * ("khoảng 130 đại biểu": {@code statedTotal} 130, {@code totalApproximate}).
 */
public record Composition(
        List<ParticipantGroup> groups,
        List<BridgePoint> bridgePoints,
        List<ExternalGuest> externalGuests,
        Integer statedTotal,
        boolean totalApproximate) {

    /** How far "khoảng N" may be from the counted sum, as a share of N. */
    static final double APPROXIMATE_TOLERANCE = 0.10;

    private static final String FIELD = "participants";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Composition {
        groups = groups == null ? List.of() : List.copyOf(groups);
        bridgePoints = bridgePoints == null ? List.of() : List.copyOf(bridgePoints);
        externalGuests = externalGuests == null ? List.of() : List.copyOf(externalGuests);
    }

    public static Composition empty() {
        return new Composition(List.of(), List.of(), List.of(), null, false);
    }

    public boolean isEmpty() {
        return groups.isEmpty() && externalGuests.isEmpty();
    }

    /**
     * The delegates the composition accounts for. A bridge point with an expected attendance counts as that
     * number (it covers the groups and guests attending there); elsewhere each group counts its seats and each
     * guest one. {@code complete} is false when some group outside such a point states no number.
     */
    public Tally tally() {
        Map<String, Integer> expected = new HashMap<>();
        bridgePoints.stream()
                .filter(p -> p.expectedAttendance() != null)
                .forEach(p -> expected.put(p.code(), p.expectedAttendance()));
        int counted = expected.values().stream().mapToInt(Integer::intValue).sum();
        boolean complete = true;
        for (ParticipantGroup group : groups) {
            if (group.bridgePoint() != null && expected.containsKey(group.bridgePoint())) {
                continue;
            }
            if (group.count() == null) {
                complete = false;
            } else {
                counted += group.count();
            }
        }
        counted += (int) externalGuests.stream()
                .filter(g -> g.bridgePoint() == null || !expected.containsKey(g.bridgePoint()))
                .count();
        return new Tally(counted, complete, statedTotal, totalApproximate);
    }

    /** The counted sum against the stated total. */
    public record Tally(int counted, boolean complete, Integer stated, boolean approximate) {

        int tolerance() {
            return stated == null || !approximate ? 0 : (int) Math.ceil(stated * APPROXIMATE_TOLERANCE);
        }

        /** True when the stated total (if any) agrees with what the groups add up to. */
        public boolean consistent() {
            if (stated == null) {
                return true;
            }
            return complete ? Math.abs(counted - stated) <= tolerance() : counted <= stated + tolerance();
        }
    }

    List<Violation> violations(ConferenceFormat format) {
        List<Violation> violations = new ArrayList<>();
        Set<String> pointCodes = new HashSet<>();
        for (int i = 0; i < bridgePoints.size(); i++) {
            BridgePoint point = bridgePoints.get(i);
            String path = FIELD + ".bridgePoints[" + i + "]";
            if (point.code() == null) {
                violations.add(new Violation(path + ".code", "required", "A bridge point needs a code."));
            } else if (!pointCodes.add(point.code())) {
                violations.add(new Violation(
                        path + ".code", "unique", "Bridge point code " + point.code() + " is used twice."));
            }
            if (point.name() == null) {
                violations.add(new Violation(path + ".name", "required", "A bridge point needs a name."));
            }
            if (point.expectedAttendance() != null && point.expectedAttendance() < 1) {
                violations.add(new Violation(
                        path + ".expectedAttendance",
                        "positive",
                        "Expected attendance must be at least 1 when stated."));
            }
        }
        if (format != null && !format.usesBridgePoints() && !bridgePoints.isEmpty()) {
            violations.add(new Violation(
                    FIELD + ".bridgePoints",
                    "format",
                    "An in-person conference has no bridge points; choose ONLINE or HYBRID."));
        }
        Set<String> groupIds = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            ParticipantGroup group = groups.get(i);
            String path = FIELD + ".groups[" + i + "]";
            if (group.id() != null && !groupIds.add(group.id())) {
                violations.add(new Violation(path + ".id", "unique", "Group id " + group.id() + " is used twice."));
            }
            if (group.level() == null) {
                violations.add(new Violation(path + ".level", "required", "A group needs a level."));
            }
            if (group.unit() == null) {
                violations.add(new Violation(path + ".unit", "required", "A group names its unit."));
            }
            if (group.role() == null) {
                violations.add(new Violation(
                        path + ".role", "required", "A group says who attends (\"Lãnh đạo\", \"Chủ tịch\", …)."));
            }
            if (group.count() != null && group.count() < 1) {
                violations.add(
                        new Violation(path + ".count", "positive", "A group's count must be at least 1 when stated."));
            }
            violations.addAll(bridgePointReference(path, group.bridgePoint(), pointCodes, format));
        }
        Set<String> guestIds = new HashSet<>();
        for (int i = 0; i < externalGuests.size(); i++) {
            ExternalGuest guest = externalGuests.get(i);
            String path = FIELD + ".externalGuests[" + i + "]";
            if (guest.id() != null && !guestIds.add(guest.id())) {
                violations.add(new Violation(path + ".id", "unique", "Guest id " + guest.id() + " is used twice."));
            }
            if (guest.name() == null && guest.position() == null) {
                violations.add(new Violation(path + ".name", "required", "A guest is named or described by position."));
            }
            if (guest.email() != null && !EMAIL.matcher(guest.email()).matches()) {
                violations.add(new Violation(path + ".email", "email", "Not an email address: " + guest.email()));
            }
            violations.addAll(bridgePointReference(path, guest.bridgePoint(), pointCodes, format));
        }
        if (statedTotal != null && statedTotal < 1) {
            violations.add(new Violation(FIELD + ".statedTotal", "positive", "The stated total must be at least 1."));
        }
        if (violations.isEmpty()) {
            violations.addAll(attendanceAtPoints());
            violations.addAll(totalAgainstSum());
        }
        return violations;
    }

    private static List<Violation> bridgePointReference(
            String path, String code, Set<String> pointCodes, ConferenceFormat format) {
        if (code == null) {
            return format == ConferenceFormat.ONLINE
                    ? List.of(new Violation(
                            path + ".bridgePoint",
                            "online-bridge-point",
                            "In an online conference everyone attends at a bridge point."))
                    : List.of();
        }
        return pointCodes.contains(code)
                ? List.of()
                : List.of(new Violation(
                        path + ".bridgePoint",
                        "unknown-bridge-point",
                        "No bridge point " + code + " in this composition."));
    }

    private List<Violation> attendanceAtPoints() {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < bridgePoints.size(); i++) {
            BridgePoint point = bridgePoints.get(i);
            if (point.expectedAttendance() == null) {
                continue;
            }
            List<ParticipantGroup> here = groups.stream()
                    .filter(g -> Objects.equals(g.bridgePoint(), point.code()))
                    .toList();
            int known = here.stream()
                            .map(ParticipantGroup::count)
                            .filter(Objects::nonNull)
                            .mapToInt(Integer::intValue)
                            .sum()
                    + (int) externalGuests.stream()
                            .filter(g -> Objects.equals(g.bridgePoint(), point.code()))
                            .count();
            boolean complete = here.stream().allMatch(g -> g.count() != null);
            String path = FIELD + ".bridgePoints[" + i + "].expectedAttendance";
            if (known > point.expectedAttendance()) {
                violations.add(new Violation(
                        path,
                        "attendance-exceeded",
                        "The groups and guests at "
                                + point.name() + " add up to " + known + ", more than the " + point.expectedAttendance()
                                + " expected there."));
            } else if (complete && known != point.expectedAttendance()) {
                violations.add(new Violation(
                        path,
                        "attendance-mismatch",
                        "The groups and guests at "
                                + point.name() + " add up to " + known + ", not the " + point.expectedAttendance()
                                + " expected there."));
            }
        }
        return violations;
    }

    private List<Violation> totalAgainstSum() {
        Tally tally = tally();
        if (tally.consistent()) {
            return List.of();
        }
        String about = totalApproximate ? "about " + statedTotal : String.valueOf(statedTotal);
        String message = tally.complete()
                ? "The groups add up to " + tally.counted() + " delegates but the plan states " + about + "."
                : "The groups that state a number already add up to " + tally.counted() + " delegates, more than the "
                        + about + " the plan states.";
        return List.of(
                new Violation(FIELD + ".statedTotal", tally.complete() ? "total-mismatch" : "total-exceeded", message));
    }
}
