package vn.gov.conference.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaRevised;
import vn.gov.conference.contracts.invitation.InvitationEvents.DelegateCheckedIn;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailDelivered;
import vn.gov.conference.contracts.invitation.InvitationEvents.EmailFailed;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationAnswered;
import vn.gov.conference.contracts.invitation.InvitationEvents.InvitationsIssued;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialAccepted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialReturned;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.contracts.material.MaterialEvents.SignedOriginalAttached;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceHeld;
import vn.gov.conference.contracts.plan.PlanEvents.ConferenceScheduled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanAmended;
import vn.gov.conference.contracts.plan.PlanEvents.PlanApproved;
import vn.gov.conference.contracts.plan.PlanEvents.PlanCancelled;
import vn.gov.conference.contracts.plan.PlanEvents.PlanClosed;
import vn.gov.conference.contracts.plan.PlanEvents.PlanDrafted;
import vn.gov.conference.contracts.plan.PlanEvents.PlanSubmitted;

/** Every published event type, by its CloudEvents {@code type}. */
public final class EventCatalog {

    private static final String PREFIX = "vn.gov.conference.";

    public static final EventType<PlanDrafted> PLAN_DRAFTED = plan("drafted", PlanDrafted.class);
    public static final EventType<PlanSubmitted> PLAN_SUBMITTED = plan("submitted", PlanSubmitted.class);
    public static final EventType<PlanApproved> PLAN_APPROVED = plan("approved", PlanApproved.class);
    public static final EventType<PlanAmended> PLAN_AMENDED = plan("amended", PlanAmended.class);
    public static final EventType<ConferenceScheduled> CONFERENCE_SCHEDULED =
            plan("scheduled", ConferenceScheduled.class);
    public static final EventType<PlanCancelled> PLAN_CANCELLED = plan("cancelled", PlanCancelled.class);
    public static final EventType<ConferenceHeld> CONFERENCE_HELD = plan("held", ConferenceHeld.class);
    public static final EventType<PlanClosed> PLAN_CLOSED = plan("closed", PlanClosed.class);

    public static final EventType<AgendaPublished> AGENDA_PUBLISHED =
            of("agenda.published", Topics.AGENDA, AgendaPublished.class);
    public static final EventType<AgendaRevised> AGENDA_REVISED =
            of("agenda.revised", Topics.AGENDA, AgendaRevised.class);

    public static final EventType<InvitationsIssued> INVITATIONS_ISSUED =
            of("invitation.issued", Topics.INVITATION, InvitationsIssued.class);
    public static final EventType<InvitationAnswered> INVITATION_ANSWERED =
            of("invitation.answered", Topics.INVITATION, InvitationAnswered.class);
    public static final EventType<DelegateCheckedIn> DELEGATE_CHECKED_IN =
            of("invitation.checked-in", Topics.INVITATION, DelegateCheckedIn.class);
    public static final EventType<EmailDelivered> EMAIL_DELIVERED =
            of("email.delivered", Topics.EMAIL, EmailDelivered.class);
    public static final EventType<EmailFailed> EMAIL_FAILED = of("email.failed", Topics.EMAIL, EmailFailed.class);

    public static final EventType<MaterialRequested> MATERIAL_REQUESTED =
            material("requested", MaterialRequested.class);
    public static final EventType<MaterialSubmitted> MATERIAL_SUBMITTED =
            material("submitted", MaterialSubmitted.class);
    public static final EventType<MaterialAccepted> MATERIAL_ACCEPTED = material("accepted", MaterialAccepted.class);
    public static final EventType<MaterialReturned> MATERIAL_RETURNED = material("returned", MaterialReturned.class);
    public static final EventType<MaterialOverdue> MATERIAL_OVERDUE = material("overdue", MaterialOverdue.class);
    public static final EventType<MaterialsPublished> MATERIALS_PUBLISHED =
            material("published", MaterialsPublished.class);
    public static final EventType<SignedOriginalAttached> SIGNED_ORIGINAL_ATTACHED =
            material("signed-original-attached", SignedOriginalAttached.class);

    public static final List<EventType<?>> ALL = List.of(
            PLAN_DRAFTED,
            PLAN_SUBMITTED,
            PLAN_APPROVED,
            PLAN_AMENDED,
            CONFERENCE_SCHEDULED,
            PLAN_CANCELLED,
            CONFERENCE_HELD,
            PLAN_CLOSED,
            AGENDA_PUBLISHED,
            AGENDA_REVISED,
            INVITATIONS_ISSUED,
            INVITATION_ANSWERED,
            DELEGATE_CHECKED_IN,
            EMAIL_DELIVERED,
            EMAIL_FAILED,
            MATERIAL_REQUESTED,
            MATERIAL_SUBMITTED,
            MATERIAL_ACCEPTED,
            MATERIAL_RETURNED,
            MATERIAL_OVERDUE,
            MATERIALS_PUBLISHED,
            SIGNED_ORIGINAL_ATTACHED);

    private static final Map<String, EventType<?>> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::payloadClass, Function.identity()));

    private EventCatalog() {}

    public static Optional<EventType<?>> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    @SuppressWarnings("unchecked")
    public static <T> EventType<T> forPayload(Class<T> payloadClass) {
        EventType<?> type = BY_CLASS.get(payloadClass);
        if (type == null) {
            throw new IllegalArgumentException("No published event type for " + payloadClass.getName());
        }
        return (EventType<T>) type;
    }

    private static <T> EventType<T> plan(String name, Class<T> payload) {
        return of("plan." + name, Topics.PLAN, payload);
    }

    private static <T> EventType<T> material(String name, Class<T> payload) {
        return of("material." + name, Topics.MATERIAL, payload);
    }

    private static <T> EventType<T> of(String name, String topic, Class<T> payload) {
        return new EventType<>(PREFIX + name + ".v1", topic, payload);
    }
}
