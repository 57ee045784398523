package vn.gov.conference.notification.material;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialOverdue;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialRequested;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialSubmitted;
import vn.gov.conference.contracts.material.MaterialEvents.MaterialsPublished;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.notification.config.NotificationProperties;
import vn.gov.conference.notification.directory.UnitContact;
import vn.gov.conference.notification.directory.UnitDirectory;
import vn.gov.conference.notification.email.EmailKind;
import vn.gov.conference.notification.email.EmailOutbox;
import vn.gov.conference.notification.email.OutboundEmail;
import vn.gov.conference.notification.invitation.InvitationService;
import vn.gov.conference.notification.letters.Letters;

/**
 * Reminders around the departments' material deadlines (from documents-service): one scheduled before the deadline,
 * withdrawn when the material arrives in time, and a notice once it is overdue. Delegates are told when materials
 * are published.
 */
@Service
public class MaterialReminders {

    private static final Logger log = LoggerFactory.getLogger(MaterialReminders.class);

    private final EmailOutbox outbox;
    private final UnitDirectory directory;
    private final Conferences conferences;
    private final InvitationService invitations;
    private final Letters letters;
    private final Clock clock;
    private final NotificationProperties properties;
    private final MaterialDeadlines deadlines;

    MaterialReminders(
            EmailOutbox outbox,
            UnitDirectory directory,
            Conferences conferences,
            InvitationService invitations,
            Letters letters,
            Clock clock,
            NotificationProperties properties,
            MaterialDeadlines deadlines) {
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.directory = directory;
        this.conferences = conferences;
        this.invitations = invitations;
        this.letters = letters;
        this.clock = clock;
        this.properties = properties;
    }

    static String beforeCause(String requestId) {
        return "material-before|" + requestId;
    }

    /** Schedules the reminder before the deadline; nothing when the deadline is already too close or past. */
    public void requested(MaterialRequested requested, String tenant) {
        deadlines.save(new MaterialDeadline(
                requested.requestId(),
                requested.planId(),
                requested.title(),
                requested.owner() == null ? null : requested.owner().code(),
                requested.recipient() == null ? null : requested.recipient().name(),
                requested.deadline()));
        Instant now = clock.instant();
        if (requested.deadline() == null || !requested.deadline().toInstant().isAfter(now)) {
            return;
        }
        Instant remindAt = requested.deadline().toInstant().minus(properties.materialReminderLead());
        Optional<UnitContact> owner = contact(requested.owner());
        if (owner.isEmpty()) {
            log.warn(
                    "No address for unit {}: no deadline reminder for material request {}",
                    requested.owner() == null ? null : requested.owner().code(),
                    requested.requestId());
            return;
        }
        Conference conference = conferences.findById(requested.planId()).orElse(null);
        Letters.MaterialDue due = due(
                owner.get(),
                requested.owner(),
                requested.title(),
                requested.recipient(),
                requested.deadline(),
                requested.requestId());
        String cause = beforeCause(requested.requestId());
        outbox.queueOnce(
                cause,
                owner.get().email(),
                () -> OutboundEmail.queue(
                        cause,
                        tenantOf(tenant, owner.get()),
                        requested.planId(),
                        null,
                        EmailKind.DEADLINE_REMINDER,
                        owner.get().email(),
                        due.unitName(),
                        letters.deadlineReminder(conference, due),
                        remindAt,
                        now));
    }

    /** The material arrived: its pending reminder is withdrawn. */
    public void submitted(MaterialSubmitted submitted) {
        outbox.withdraw(beforeCause(submitted.requestId()));
    }

    public void overdue(MaterialOverdue overdue, String tenant) {
        outbox.withdraw(beforeCause(overdue.requestId()));
        Optional<UnitContact> owner = contact(overdue.owner());
        if (owner.isEmpty()) {
            log.warn(
                    "No address for unit {}: no overdue notice for material request {}",
                    overdue.owner() == null ? null : overdue.owner().code(),
                    overdue.requestId());
            return;
        }
        Conference conference = conferences.findById(overdue.planId()).orElse(null);
        Letters.MaterialDue due = due(
                owner.get(),
                overdue.owner(),
                titleOf(overdue),
                overdue.recipient(),
                overdue.deadline(),
                overdue.requestId());
        String cause = "material-overdue|" + overdue.requestId();
        Instant now = clock.instant();
        outbox.queueOnce(
                cause,
                owner.get().email(),
                () -> OutboundEmail.queue(
                        cause,
                        tenantOf(tenant, owner.get()),
                        overdue.planId(),
                        null,
                        EmailKind.OVERDUE_NOTICE,
                        owner.get().email(),
                        due.unitName(),
                        letters.overdueNotice(conference, due),
                        null,
                        now));
    }

    /** Delegates are told when the publication brings documents they were not told about already. */
    public void published(MaterialsPublished published, String eventId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Conference> found =
                    conferences.findById(published.planId()).filter(Conference::approved);
            if (found.isEmpty()) {
                log.warn("Materials of unknown or cancelled conference {} published; nobody told", published.planId());
                return;
            }
            Conference conference = found.get();
            List<String> fresh = conference.publishDocuments(published.documentIds(), eventId);
            if (fresh.isEmpty()) {
                log.info(
                        "Conference {}: the publication {} brings no new document; nobody told",
                        conference.id(),
                        eventId);
                return;
            }
            try {
                Conference saved = conferences.save(conference);
                invitations.materialsPublished(saved, "materials|" + eventId);
                return;
            } catch (OptimisticLockingFailureException ex) {
                log.debug("Conference {} changed meanwhile; recording the publication again", conference.id());
            }
        }
        throw new IllegalStateException("Conference " + published.planId() + " kept changing; the event is retried.");
    }

    private Optional<UnitContact> contact(UnitRef unit) {
        return unit == null || unit.code() == null
                ? Optional.empty()
                : directory.findById(unit.code()).filter(contact -> contact.email() != null);
    }

    private Letters.MaterialDue due(
            UnitContact contact,
            UnitRef owner,
            String title,
            UnitRef recipient,
            java.time.OffsetDateTime deadline,
            String requestId) {
        String unitName = owner.name() != null ? owner.name() : contact.unitName();
        String submitUrl = UriComponentsBuilder.fromUriString(properties.publicBase())
                .path("/console/nhiem-vu/{id}")
                .buildAndExpand(requestId)
                .encode()
                .toUriString();
        return new Letters.MaterialDue(
                unitName, title, recipient == null ? null : recipient.name(), deadline, submitUrl);
    }

    /** MaterialOverdue names no title: the request remembered names it, else its id does. */
    private String titleOf(MaterialOverdue overdue) {
        return deadlines
                .findById(overdue.requestId())
                .map(MaterialDeadline::title)
                .filter(t -> !t.isBlank())
                .orElse("tài liệu theo yêu cầu " + overdue.requestId());
    }

    private static String tenantOf(String tenant, UnitContact contact) {
        return tenant != null ? tenant : contact.province();
    }
}
