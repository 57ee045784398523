package vn.gov.conference.plan.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.gov.conference.plan.text.Texts;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * What the plan says, section by section, as one value: drafted, revised and amended whole. Field names are
 * those of the request body, so that a rule names the field a writer must fix.
 * <p>
 * Missing ids of groups, guests and assignments are given by position ("G1", "K1", "A1"), avoiding ids the
 * writer chose.
 */
public record PlanContent(
        String title,
        List<String> preamble,
        List<IndexUnderReview> indices,
        List<String> purposes,
        List<String> requirements,
        Composition participants,
        String chair,
        ConferenceFormat format,
        Venue venue,
        PlannedTime time,
        Backdrop backdrop,
        Budget budget,
        List<Assignment> assignments,
        List<DistributionEntry> distribution,
        Signer signer,
        boolean replacesInvitationLetter,
        String closing) {

    static final int EARLIEST_INDEX_YEAR = 2000;

    public PlanContent {
        title = VietnameseText.nfcOrNull(title);
        preamble = Texts.cleanLines(preamble);
        indices = indices == null ? List.of() : List.copyOf(indices);
        purposes = Texts.cleanLines(purposes);
        requirements = Texts.cleanLines(requirements);
        participants = withGroupIds(participants == null ? Composition.empty() : participants);
        chair = VietnameseText.nfcOrNull(chair);
        assignments = withIds(
                assignments == null ? List.of() : assignments,
                "A",
                Assignment::id,
                (a, id) -> new Assignment(
                        id,
                        a.owner(),
                        a.collaborators(),
                        a.task(),
                        a.deliverables(),
                        a.dueBefore(),
                        a.recipient(),
                        a.next(),
                        a.note()));
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
        closing = VietnameseText.nfcOrNull(closing);
    }

    /** The sections a change can touch, by request field name, in document order. */
    private static final Map<String, Function<PlanContent, Object>> SECTIONS = sections();

    private static Map<String, Function<PlanContent, Object>> sections() {
        Map<String, Function<PlanContent, Object>> sections = new LinkedHashMap<>();
        sections.put("title", PlanContent::title);
        sections.put("preamble", PlanContent::preamble);
        sections.put("indices", PlanContent::indices);
        sections.put("purposes", PlanContent::purposes);
        sections.put("requirements", PlanContent::requirements);
        sections.put("participants", PlanContent::participants);
        sections.put("chair", PlanContent::chair);
        sections.put("format", PlanContent::format);
        sections.put("venue", PlanContent::venue);
        sections.put("time", PlanContent::time);
        sections.put("backdrop", PlanContent::backdrop);
        sections.put("budget", PlanContent::budget);
        sections.put("assignments", PlanContent::assignments);
        sections.put("distribution", PlanContent::distribution);
        sections.put("signer", PlanContent::signer);
        sections.put("replacesInvitationLetter", PlanContent::replacesInvitationLetter);
        sections.put("closing", PlanContent::closing);
        return java.util.Collections.unmodifiableMap(sections);
    }

    /** The sections whose content differs from {@code before}, in document order. */
    public List<String> changesFrom(PlanContent before) {
        return SECTIONS.entrySet().stream()
                .filter(section -> !Objects.equals(
                        section.getValue().apply(this), section.getValue().apply(before)))
                .map(Map.Entry::getKey)
                .toList();
    }

    PlanContent withTimeAndVenue(PlannedTime newTime, Venue newVenue) {
        return new PlanContent(
                title,
                preamble,
                indices,
                purposes,
                requirements,
                participants,
                chair,
                format,
                newVenue,
                newTime,
                backdrop,
                budget,
                assignments,
                distribution,
                signer,
                replacesInvitationLetter,
                closing);
    }

    PlanContent withSigner(Signer newSigner) {
        return new PlanContent(
                title,
                preamble,
                indices,
                purposes,
                requirements,
                participants,
                chair,
                format,
                venue,
                time,
                backdrop,
                budget,
                assignments,
                distribution,
                newSigner,
                replacesInvitationLetter,
                closing);
    }

    /** Rules every version of a plan keeps, draft or approved. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (title == null) {
            violations.add(new Violation("title", "required", "A plan has a title."));
        }
        if (format == null) {
            violations.add(new Violation("format", "required", "Choose IN_PERSON, ONLINE or HYBRID."));
        }
        if (time == null) {
            violations.add(new Violation(
                    "time", "required", "Say when: an exact start or a tentative window such as \"quý 3 năm 2024\"."));
        }
        violations.addAll(indexViolations());
        violations.addAll(participants.violations(format));
        violations.addAll(assignmentViolations());
        for (int i = 0; i < distribution.size(); i++) {
            if (distribution.get(i).text() == null) {
                violations.add(
                        new Violation("distribution[" + i + "].text", "required", "A distribution line has text."));
            }
        }
        if (venue != null && !venue.hasValidMeetingUrl()) {
            violations.add(new Violation(
                    "venue.onlineMeetingUrl", "url", "The online meeting link is an http or https address."));
        }
        if (budget != null && budget.source() == null) {
            violations.add(new Violation("budget.source", "required", "Say where the budget comes from."));
        }
        if (signer != null && signer.name() == null) {
            violations.add(new Violation("signer.name", "required", "A signer has a name."));
        }
        return violations;
    }

    /** What a plan must also have before it goes to the approver. */
    public List<Violation> missingForSubmission() {
        List<Violation> missing = new ArrayList<>();
        if (indices.isEmpty()) {
            missing.add(new Violation("indices", "required", "Name at least one index under review."));
        }
        if (participants.isEmpty()) {
            missing.add(new Violation("participants.groups", "required", "Say who attends."));
        }
        if (chair == null) {
            missing.add(new Violation("chair", "required", "Say who chairs the conference."));
        }
        if (format != null && format.needsRoom() && (venue == null || venue.room() == null)) {
            missing.add(new Violation("venue.room", "required", "An in-person or hybrid conference needs a room."));
        }
        if (format != null
                && format.usesBridgePoints()
                && participants.bridgePoints().isEmpty()) {
            missing.add(new Violation(
                    "participants.bridgePoints",
                    "required",
                    "An online or hybrid conference needs at least one bridge point."));
        }
        if (signer == null || signer.name() == null || signer.title() == null) {
            missing.add(new Violation("signer", "required", "Say who signs the plan and with what title."));
        }
        if (distribution.isEmpty()) {
            missing.add(new Violation("distribution", "required", "List where the plan is sent (Nơi nhận)."));
        }
        return missing;
    }

    private List<Violation> indexViolations() {
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < indices.size(); i++) {
            IndexUnderReview index = indices.get(i);
            if (!codes.add(index.code())) {
                violations.add(new Violation("indices[" + i + "].code", "unique", index.code() + " is listed twice."));
            }
            if (index.year() < EARLIEST_INDEX_YEAR) {
                violations.add(new Violation(
                        "indices[" + i + "].year",
                        "range",
                        "The year of the results is missing or before " + EARLIEST_INDEX_YEAR + "."));
            } else if (time != null && index.year() > time.lastDay().getYear()) {
                violations.add(new Violation(
                        "indices[" + i + "].year",
                        "future-results",
                        "The " + index.code()
                                + " results of " + index.year() + " cannot be reviewed at a conference in "
                                + time.lastDay().getYear() + "."));
            }
        }
        return violations;
    }

    private List<Violation> assignmentViolations() {
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            if (positions.putIfAbsent(assignments.get(i).id(), i) != null) {
                violations.add(new Violation(
                        "assignments[" + i + "].id",
                        "unique",
                        "Assignment id " + assignments.get(i).id() + " is used twice."));
            }
        }
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            String path = "assignments[" + i + "]";
            if (assignment.owner() == null) {
                violations.add(new Violation(path + ".owner", "required", "An assignment has an owner unit."));
            }
            if (assignment.task() == null) {
                violations.add(new Violation(path + ".task", "required", "Say what the owner must do."));
            }
            if (assignment.recipient() != null
                    && assignment.owner() != null
                    && assignment.recipient().code().equals(assignment.owner().code())) {
                violations.add(
                        new Violation(path + ".recipient", "recipient-is-owner", "A unit does not deliver to itself."));
            }
            for (int d = 0; d < assignment.deliverables().size(); d++) {
                Deliverable deliverable = assignment.deliverables().get(d);
                if (deliverable.kind() == null) {
                    violations.add(new Violation(
                            path + ".deliverables[" + d + "].kind",
                            "required",
                            "Choose REPORT, DRAFT_SPEECH, DISCUSSION_PAPER, SLIDES or OTHER."));
                }
                if (deliverable.title() == null) {
                    violations.add(new Violation(
                            path + ".deliverables[" + d + "].title", "required", "Say what is delivered."));
                }
            }
            if (assignment.deliverables().isEmpty() && assignment.recipient() != null) {
                violations.add(new Violation(
                        path + ".deliverables",
                        "required",
                        "An assignment that hands something to "
                                + assignment.recipient().code() + " says what it hands over."));
            }
            if (time != null
                    && assignment.dueBefore() != null
                    && assignment.deadline().isAfter(time.latestStart())) {
                violations.add(new Violation(
                        path + ".dueBefore",
                        "deadline-after-conference",
                        "The deadline falls after the conference (" + time.label() + ")."));
            }
            violations.addAll(chainViolations(i, positions));
        }
        violations.addAll(cycles(positions));
        return violations;
    }

    private List<Violation> chainViolations(int i, Map<String, Integer> positions) {
        Assignment assignment = assignments.get(i);
        String path = "assignments[" + i + "]";
        if (assignment.next() == null) {
            return List.of();
        }
        if (assignment.next().equals(assignment.id())) {
            return List.of(new Violation(path + ".next", "chain-self", "An assignment cannot follow itself."));
        }
        Integer position = positions.get(assignment.next());
        if (position == null) {
            return List.of(new Violation(
                    path + ".next", "unknown-assignment", "No assignment " + assignment.next() + " in this plan."));
        }
        Assignment next = assignments.get(position);
        List<Violation> violations = new ArrayList<>();
        if (assignment.recipient() == null) {
            violations.add(new Violation(
                    path + ".recipient",
                    "chain-recipient",
                    "A chained assignment names its recipient, who owns the next step."));
        } else if (next.owner() != null
                && !next.owner().code().equals(assignment.recipient().code())) {
            violations.add(new Violation(
                    path + ".next",
                    "chain-owner",
                    "The next step " + next.id()
                            + " is owned by " + next.owner().code() + ", not by the recipient "
                            + assignment.recipient().code() + "."));
        }
        if (assignment.dueBefore() != null
                && next.dueBefore() != null
                && next.dueBefore().isBefore(assignment.dueBefore())) {
            violations.add(new Violation(
                    path + ".dueBefore",
                    "chain-deadline",
                    "The next step " + next.id()
                            + " is due before " + next.dueBefore() + ", earlier than this step ("
                            + assignment.dueBefore()
                            + ")."));
        }
        return violations;
    }

    private List<Violation> cycles(Map<String, Integer> positions) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Set<String> seen = new HashSet<>();
            Assignment step = assignments.get(i);
            seen.add(step.id());
            while (step.next() != null
                    && positions.containsKey(step.next())
                    && !step.next().equals(step.id())) {
                if (!seen.add(step.next())) {
                    if (step.next().equals(assignments.get(i).id())) {
                        violations.add(new Violation(
                                "assignments[" + i + "].next",
                                "chain-cycle",
                                "The chain starting at " + assignments.get(i).id() + " comes back to it."));
                    }
                    break;
                }
                step = assignments.get(positions.get(step.next()));
            }
        }
        return violations;
    }

    private static Composition withGroupIds(Composition composition) {
        List<ParticipantGroup> groups = withIds(
                composition.groups(),
                "G",
                ParticipantGroup::id,
                (g, id) -> new ParticipantGroup(id, g.level(), g.unit(), g.role(), g.count(), g.bridgePoint()));
        List<ExternalGuest> guests = withIds(
                composition.externalGuests(),
                "K",
                ExternalGuest::id,
                (g, id) -> new ExternalGuest(
                        id,
                        g.salutation(),
                        g.name(),
                        g.position(),
                        g.organisation(),
                        g.email(),
                        g.online(),
                        g.bridgePoint()));
        return new Composition(
                groups, composition.bridgePoints(), guests, composition.statedTotal(), composition.totalApproximate());
    }

    private static <T> List<T> withIds(
            List<T> items, String prefix, Function<T, String> id, java.util.function.BiFunction<T, String, T> withId) {
        Set<String> taken = new HashSet<>();
        items.stream().map(id).filter(Objects::nonNull).forEach(taken::add);
        List<T> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (id.apply(item) != null) {
                result.add(item);
                continue;
            }
            String candidate = prefix + (i + 1);
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = prefix + (i + 1) + "-" + n;
            }
            result.add(withId.apply(item, candidate));
        }
        return List.copyOf(result);
    }
}
