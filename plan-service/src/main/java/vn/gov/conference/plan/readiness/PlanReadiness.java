package vn.gov.conference.plan.readiness;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.contracts.UnitRef;

/**
 * How ready one plan's conference is, as the other services report it: the agenda, the invitations and their
 * answers, the material requests and what became of them. Fed only by events; every change is keyed by the id of
 * what it is about (a revision, an invitation, a request), so applying an event twice changes nothing.
 */
@Document("plan_readiness")
class PlanReadiness {

    enum MaterialStatus {
        REQUESTED,
        SUBMITTED,
        RETURNED,
        ACCEPTED
    }

    record Agenda(int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {}

    record Answer(String invitationId, String unit, String answer, OffsetDateTime answeredAt) {}

    record Material(
            String requestId,
            String assignmentId,
            UnitRef owner,
            UnitRef recipient,
            String kind,
            String title,
            OffsetDateTime deadline,
            MaterialStatus status,
            boolean late,
            boolean reportedOverdue,
            OffsetDateTime submittedAt) {

        Material with(MaterialStatus newStatus) {
            return new Material(
                    requestId,
                    assignmentId,
                    owner,
                    recipient,
                    kind,
                    title,
                    deadline,
                    newStatus,
                    late,
                    reportedOverdue,
                    submittedAt);
        }

        boolean open() {
            return status == MaterialStatus.REQUESTED || status == MaterialStatus.RETURNED;
        }

        /** Not handed in while its deadline passed, or reported overdue by the documents service. */
        boolean overdue(OffsetDateTime now) {
            return open() && (reportedOverdue || (deadline != null && !now.isBefore(deadline)));
        }
    }

    @Id
    private String planId;

    @Version
    private Long version;

    private String tenant;
    private Agenda agenda;
    private int invitationsIssued;
    private List<Answer> answers = new ArrayList<>();
    private Set<String> checkedIn = new LinkedHashSet<>();
    private List<Material> materials = new ArrayList<>();
    private OffsetDateTime materialsPublishedAt;
    private OffsetDateTime updatedAt;

    @PersistenceCreator
    private PlanReadiness() {}

    static PlanReadiness of(String planId) {
        PlanReadiness readiness = new PlanReadiness();
        readiness.planId = planId;
        return readiness;
    }

    void touched(String eventTenant, OffsetDateTime at) {
        if (tenant == null) {
            tenant = eventTenant;
        }
        updatedAt = at;
    }

    /** A later revision replaces an earlier one; a replayed or older one changes nothing. */
    void agendaRevision(int revision, OffsetDateTime sessionStart, OffsetDateTime sessionEnd) {
        if (agenda == null || revision >= agenda.revision()) {
            agenda = new Agenda(revision, sessionStart, sessionEnd);
        }
    }

    void invitationsIssued(int total) {
        invitationsIssued = Math.max(invitationsIssued, total);
    }

    /** The latest answer of each invitation counts. */
    void answered(String invitationId, String unit, String answer, OffsetDateTime answeredAt) {
        Answer previous = answers.stream()
                .filter(a -> a.invitationId().equals(invitationId))
                .findFirst()
                .orElse(null);
        if (previous != null
                && previous.answeredAt() != null
                && answeredAt != null
                && answeredAt.isBefore(previous.answeredAt())) {
            return;
        }
        answers.remove(previous);
        answers.add(new Answer(invitationId, unit, answer, answeredAt));
    }

    void checkedIn(String invitationId) {
        checkedIn.add(invitationId);
    }

    void requested(
            String requestId,
            String assignmentId,
            UnitRef owner,
            UnitRef recipient,
            String kind,
            String title,
            OffsetDateTime deadline) {
        Material known = material(requestId);
        MaterialStatus status = known == null ? MaterialStatus.REQUESTED : known.status();
        replace(
                requestId,
                new Material(
                        requestId,
                        assignmentId,
                        owner,
                        recipient,
                        kind,
                        title,
                        deadline,
                        status,
                        known != null && known.late(),
                        known != null && known.reportedOverdue(),
                        known == null ? null : known.submittedAt()));
    }

    void submitted(String requestId, UnitRef owner, UnitRef recipient, boolean late, OffsetDateTime at) {
        Material known = material(requestId);
        if (known != null && known.status() == MaterialStatus.ACCEPTED) {
            return;
        }
        replace(
                requestId,
                new Material(
                        requestId,
                        known == null ? null : known.assignmentId(),
                        owner,
                        recipient,
                        known == null ? null : known.kind(),
                        known == null ? null : known.title(),
                        known == null ? null : known.deadline(),
                        MaterialStatus.SUBMITTED,
                        late || (known != null && known.late()),
                        known != null && known.reportedOverdue(),
                        at));
    }

    void accepted(String requestId, UnitRef owner) {
        update(requestId, owner, m -> m.with(MaterialStatus.ACCEPTED));
    }

    void returned(String requestId, UnitRef owner) {
        update(requestId, owner, m -> m.status() == MaterialStatus.ACCEPTED ? m : m.with(MaterialStatus.RETURNED));
    }

    void reportedOverdue(String requestId, UnitRef owner, UnitRef recipient, OffsetDateTime deadline) {
        Material known = material(requestId);
        replace(
                requestId,
                known == null
                        ? new Material(
                                requestId,
                                null,
                                owner,
                                recipient,
                                null,
                                null,
                                deadline,
                                MaterialStatus.REQUESTED,
                                false,
                                true,
                                null)
                        : new Material(
                                known.requestId(),
                                known.assignmentId(),
                                known.owner(),
                                known.recipient(),
                                known.kind(),
                                known.title(),
                                known.deadline() == null ? deadline : known.deadline(),
                                known.status(),
                                known.late(),
                                true,
                                known.submittedAt()));
    }

    void materialsPublished(OffsetDateTime at) {
        if (materialsPublishedAt == null || (at != null && at.isAfter(materialsPublishedAt))) {
            materialsPublishedAt = at;
        }
    }

    private void update(String requestId, UnitRef owner, UnaryOperator<Material> change) {
        Material known = material(requestId);
        Material base = known != null
                ? known
                : new Material(
                        requestId, null, owner, null, null, null, null, MaterialStatus.SUBMITTED, false, false, null);
        replace(requestId, change.apply(base));
    }

    private Material material(String requestId) {
        return materials.stream()
                .filter(m -> m.requestId().equals(requestId))
                .findFirst()
                .orElse(null);
    }

    private void replace(String requestId, Material material) {
        int index = -1;
        for (int i = 0; i < materials.size(); i++) {
            if (materials.get(i).requestId().equals(requestId)) {
                index = i;
            }
        }
        if (index < 0) {
            materials.add(material);
        } else {
            materials.set(index, material);
        }
    }

    String planId() {
        return planId;
    }

    Agenda agenda() {
        return agenda;
    }

    int invitationsIssued() {
        return invitationsIssued;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    Set<String> checkedInInvitations() {
        return Set.copyOf(checkedIn);
    }

    List<Material> materials() {
        return List.copyOf(materials);
    }

    OffsetDateTime materialsPublishedAt() {
        return materialsPublishedAt;
    }

    long count(String answer) {
        return answers.stream().filter(a -> Objects.equals(a.answer(), answer)).count();
    }
}
