package vn.gov.conference.notification.invitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.gov.conference.contracts.plan.PlanSnapshot;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.Conferences;
import vn.gov.conference.notification.conference.SignedPlan;
import vn.gov.conference.notification.config.NotificationProperties;
import vn.gov.conference.notification.directory.UnitAddressListener;
import vn.gov.conference.notification.directory.UnitContact;
import vn.gov.conference.notification.directory.UnitDirectory;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * Issues, answers, checks in and reminds invitations. Every write that a retry may repeat is idempotent: invitations
 * have derived ids (an existing one is reused, not duplicated) and emails are queued once per cause.
 */
@Service
public class InvitationService implements UnitAddressListener {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final Invitations invitations;
    private final Conferences conferences;
    private final UnitDirectory directory;
    private final InvitationMailer mailer;
    private final Clock clock;
    private final AnswerDeadlinePolicy deadlines;
    private final CheckInCodes codes = new CheckInCodes();

    InvitationService(
            Invitations invitations,
            Conferences conferences,
            UnitDirectory directory,
            InvitationMailer mailer,
            Clock clock,
            NotificationProperties properties) {
        this.invitations = invitations;
        this.conferences = conferences;
        this.directory = directory;
        this.mailer = mailer;
        this.clock = clock;
        this.deadlines = new AnswerDeadlinePolicy(properties.answerLead());
    }

    /** The result of issuing: invitations made now, and those that already existed for the same invitees. */
    public record Issued(List<Invitation> issued, List<Invitation> existing) {}

    public record Answered(Invitation invitation, List<Invitation> created) {}

    public record Skipped(String invitationId, String reason) {}

    public record Reminded(String reminderId, List<String> queued, List<Skipped> skipped) {}

    /** Invites the approved plan's participant composition. */
    public Issued issueFromPlan(Conference conference, PlanSnapshot plan) {
        List<InviteeSpec> specs = CompositionPlanner.plan(
                plan, unitCode -> directory.findById(unitCode).map(UnitContact::email));
        return issue(conference, specs, Invitation.Origin.COMPOSITION);
    }

    /** Invitees the office adds (one by one or from a CSV file). */
    public Issued add(Conference conference, List<InviteeSpec> specs) {
        if (!conference.approved()) {
            throw new InvitationRuleException(
                    "plan-not-approved", "Invitations can be added only to an approved plan that is not cancelled.");
        }
        // The units' addresses in one read, not one per line (issue 18).
        List<String> unitsToAddress = specs.stream()
                .filter(spec -> spec.invitee().email() == null && spec.seatQuota())
                .map(spec -> spec.invitee().unitCode())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> addresses = new HashMap<>();
        if (!unitsToAddress.isEmpty()) {
            directory.findAllById(unitsToAddress).forEach(unit -> {
                if (unit.email() != null) {
                    addresses.put(unit.unitCode(), unit.email());
                }
            });
        }
        List<InviteeSpec> addressed = specs.stream()
                .map(spec -> spec.invitee().email() != null || !spec.seatQuota()
                        ? spec
                        : new InviteeSpec(
                                spec.sourceKey(),
                                spec.invitee()
                                        .withEmail(
                                                spec.invitee().unitCode() == null
                                                        ? null
                                                        : addresses.get(
                                                                spec.invitee().unitCode())),
                                spec.seats(),
                                spec.bridgePointCode(),
                                spec.online()))
                .toList();
        return issue(conference, addressed, Invitation.Origin.ADDED);
    }

    /**
     * Issues the invitations of {@code specs} that do not exist yet and queues every active one's letter. Costs a
     * fixed number of database round trips whatever the list's and the plan's size (issue 18): the existing
     * invitations in one read by id, the new ones in one insert, the letters' outbox in one read and two inserts, and
     * the announcement, which counts from what this request inserted instead of counting the plan's invitations.
     */
    private Issued issue(Conference conference, List<InviteeSpec> specs, Invitation.Origin origin) {
        OffsetDateTime deadline = deadlines.deadlineFor(conference.details());
        Instant now = clock.instant();
        List<InvitationId> ids = specs.stream()
                .map(spec -> InvitationId.derived(conference.id(), spec.sourceKey()))
                .toList();
        Map<String, Invitation> known = new HashMap<>();
        invitations
                .findAllById(ids.stream().map(InvitationId::value).distinct().toList())
                .forEach(found -> known.put(found.id().value(), found));
        boolean foundExisting = !known.isEmpty();
        List<Invitation> fresh = new ArrayList<>();
        List<Invitation> all = new ArrayList<>();
        List<Boolean> isNew = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String id = ids.get(i).value();
            Invitation invitation = known.get(id);
            boolean created = invitation == null;
            if (created) {
                invitation = Invitation.issue(
                        ids.get(i),
                        conference.id(),
                        conference.tenant(),
                        origin,
                        specs.get(i),
                        codes.get(),
                        deadline,
                        now);
                known.put(id, invitation); // the same invitee twice in one list: the second finds the first
                fresh.add(invitation);
            }
            all.add(invitation);
            isNew.add(created);
        }
        Inserted inserted = insertAll(fresh);
        List<Invitation> issued = new ArrayList<>();
        List<Invitation> existing = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Invitation invitation =
                    inserted.stored().getOrDefault(all.get(i).id().value(), all.get(i));
            (isNew.get(i) ? issued : existing).add(invitation);
        }
        mailer.inviteAll(
                conference,
                java.util.stream.Stream.concat(issued.stream(), existing.stream())
                        .filter(Invitation::active)
                        .toList());
        if (foundExisting || !inserted.exact()) {
            // A repeated part (its earlier attempt may have stopped before announcing) or a race with another
            // replica: count what the plan has, as before, so nothing inserted stays unannounced.
            announce(conference.id());
        } else if (!fresh.isEmpty()) {
            announceAdded(conference, fresh.size());
        }
        return new Issued(issued, existing);
    }

    /** What {@link #insertAll} stored, by id; {@code exact} when every one of them was inserted by this call. */
    private record Inserted(Map<String, Invitation> stored, boolean exact) {}

    /** One insert for the list; should another request have inserted one of them meanwhile, one by one. */
    private Inserted insertAll(List<Invitation> fresh) {
        Map<String, Invitation> stored = new HashMap<>();
        if (fresh.isEmpty()) {
            return new Inserted(stored, true);
        }
        try {
            invitations
                    .insert(fresh)
                    .forEach(invitation -> stored.put(invitation.id().value(), invitation));
            return new Inserted(stored, true);
        } catch (org.springframework.dao.DataIntegrityViolationException ex) {
            for (Invitation invitation : fresh) {
                Invitation found = insertOrFind(invitation);
                stored.put(found.id().value(), found);
            }
            return new Inserted(stored, false);
        }
    }

    private Invitation insertOrFind(Invitation invitation) {
        try {
            return invitations.insert(invitation);
        } catch (DuplicateKeyException ex) {
            return invitations.findById(invitation.id().value()).orElseThrow();
        }
    }

    /** Announces the plan's invitations as it counts them (a read of every invitation of the plan). */
    private void announce(String planId) {
        announce(planId, conference -> (int) invitations.countByPlanId(planId));
    }

    /**
     * Announces the {@code added} invitations this request inserted, all of them new, on top of what {@code before}
     * (the conference as read before they were inserted) had announced: saved only if the conference is still that
     * version, so that no count or other announcement came in between; otherwise it counts. The count reads every
     * invitation of the plan on the stand-in (no index on planId), which made each import slower as the plan grew.
     * A request that stops between its insert and this point leaves its invitations unannounced until the retry of
     * the same part, which finds them and counts.
     */
    private void announceAdded(Conference before, int added) {
        before.invitationsIssued(before.announcedInvitations() + added, clock.instant());
        try {
            conferences.save(before);
        } catch (OptimisticLockingFailureException ex) {
            announce(before.id());
        }
    }

    private void announce(String planId, java.util.function.ToIntFunction<Conference> total) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Conference conference = conferences.findById(planId).orElseThrow();
            conference.invitationsIssued(total.applyAsInt(conference), clock.instant());
            try {
                conferences.save(conference);
                return;
            } catch (OptimisticLockingFailureException ex) {
                log.debug("Conference {} changed meanwhile; announcing again", planId);
            }
        }
        throw new InvitationRuleException("concurrent-change", "The conference changed meanwhile; try again.");
    }

    public Invitation get(String id) {
        return invitations.findById(id).orElseThrow(() -> new InvitationNotFoundException(id));
    }

    public Optional<Invitation> find(String id) {
        return invitations.findById(id);
    }

    public Conference conferenceOf(Invitation invitation) {
        return conferences
                .findById(invitation.planId())
                .orElseThrow(
                        () -> new InvitationNotFoundException(invitation.id().value()));
    }

    /** The invitations an answer created: the delegates a unit named and the substitute, by id. */
    public Map<String, Invitation> createdBy(Invitation invitation) {
        Answer answer = invitation.answer();
        if (answer == null) {
            return Map.of();
        }
        List<String> ids = new ArrayList<>(answer.delegateInvitationIds());
        if (answer.substituteInvitationId() != null) {
            ids.add(answer.substituteInvitationId());
        }
        Map<String, Invitation> created = new HashMap<>();
        invitations.findAllById(ids).forEach(child -> created.put(child.id().value(), child));
        return created;
    }

    public List<Invitation> ofPlan(String planId) {
        return invitations.findByPlanIdOrderByIssuedAtAsc(planId);
    }

    /** A page of a conference's invitations (of one status when given) in the order they were issued. */
    public Page<Invitation> page(String planId, Invitation.Status status, Paging paging) {
        // One batch is issued at one instant: the id keeps its invitations in one order from page to page.
        Pageable pageable = paging.pageable(Sort.by(Sort.Order.asc("issuedAt"), Sort.Order.asc("_id")));
        return Page.of(
                status == null
                        ? invitations.findByPlanId(planId, pageable)
                        : invitations.findByPlanIdAndStatus(planId, status, pageable),
                paging);
    }

    /**
     * The delegates the reception desk may check in, found by their check-in code or by an accent-free part of their
     * name or unit ("nguyen van hung", "my tho"), in name order; every delegate when the query is blank.
     */
    public List<Invitation> search(String planId, String query) {
        String code = CheckInCodes.normalise(query);
        return ofPlan(planId).stream()
                .filter(invitation -> invitation.kind() == Invitation.Kind.PERSONAL
                        && invitation.status() != Invitation.Status.CANCELLED)
                .filter(invitation -> query == null
                        || query.isBlank()
                        || code.equals(invitation.code())
                        || VietnameseText.matches(
                                invitation.invitee().addressee() + " "
                                        + Objects.toString(invitation.invitee().affiliation(), ""),
                                query))
                .sorted(Comparator.comparing((Invitation invitation) ->
                                VietnameseText.fold(invitation.invitee().addressee()))
                        .thenComparing(invitation -> invitation.id().value()))
                .toList();
    }

    public Optional<Invitation> byCode(String planId, String code) {
        return invitations.findByPlanIdAndCode(planId, CheckInCodes.normalise(code));
    }

    /** Takes an answer; a substitute or named delegates get their own invitations, which are mailed at once. */
    public Answered answer(String id, AnswerCommand command, Answer.Channel channel) {
        Invitation invitation = get(id);
        Conference conference = conferenceOf(invitation);
        OffsetDateTime now = VietnamTime.now(clock);
        List<Invitation> created = switch (command.type()) {
            case ACCEPT -> {
                invitation.accept(now, channel);
                yield List.of();
            }
            case DECLINE -> {
                invitation.decline(command.reason(), now, channel);
                yield List.of();
            }
            case SUBSTITUTE ->
                List.of(invitation.substitute(command.substitute(), command.reason(), codes.get(), now, channel));
            case NAME_DELEGATES ->
                invitation.nameDelegates(
                        command.delegates(),
                        command.delegates().stream().map(nominee -> codes.get()).toList(),
                        now,
                        channel);
        };
        List<Invitation> stored = created.stream().map(this::insertOrFind).toList();
        Invitation saved = invitations.save(invitation);
        stored.forEach(child -> mailer.invite(conference, child));
        if (!stored.isEmpty()) {
            announce(conference.id());
        }
        return new Answered(saved, stored);
    }

    /** The office re-opens an answered invitation; the delegate's link works again until the deadline. */
    public Invitation reopen(String id) {
        Invitation invitation = get(id);
        invitation.reopen();
        return invitations.save(invitation);
    }

    public Invitation checkIn(
            String id, CheckIn.Presence presence, String site, String reason, CheckIn.Channel channel) {
        Invitation invitation = get(id);
        Conference conference = conferenceOf(invitation);
        LocalDate day = conference
                .start()
                .map(start -> start.atZoneSameInstant(VietnameseDates.ZONE).toLocalDate())
                .orElse(null);
        invitation.checkIn(presence, site, reason, day, VietnamTime.now(clock), channel);
        return invitations.save(invitation);
    }

    /**
     * Reminds invitees who have not answered: the listed ones, or all of them. {@code sendAt} schedules the
     * reminder; {@code reminderId} makes a repeated request queue nothing twice.
     */
    public Reminded remind(Conference conference, List<String> invitationIds, Instant sendAt, String reminderId) {
        List<Invitation> candidates;
        List<Skipped> skipped = new ArrayList<>();
        if (invitationIds == null || invitationIds.isEmpty()) {
            candidates = ofPlan(conference.id()).stream()
                    .filter(Invitation::awaitingAnswer)
                    .toList();
        } else {
            candidates = new ArrayList<>();
            for (String id : invitationIds) {
                Optional<Invitation> found = invitations
                        .findById(id)
                        .filter(invitation -> invitation.planId().equals(conference.id()));
                if (found.isEmpty()) {
                    skipped.add(new Skipped(id, "not-found"));
                } else if (!found.get().awaitingAnswer()) {
                    skipped.add(new Skipped(id, "already-answered"));
                } else {
                    candidates.add(found.get());
                }
            }
        }
        List<String> queued = new ArrayList<>();
        for (Invitation invitation : candidates) {
            if (invitation.invitee().email() == null) {
                skipped.add(new Skipped(invitation.id().value(), "no-address"));
            } else if (mailer.remind(conference, invitation, reminderId, sendAt)) {
                queued.add(invitation.id().value());
            } else {
                skipped.add(new Skipped(invitation.id().value(), "already-reminded"));
            }
        }
        return new Reminded(reminderId, queued, skipped);
    }

    /** The directory stored a unit's entry: seat quotas waiting for its address are addressed and mailed. */
    @Override
    public void unitStored(UnitContact contact) {
        readdress(contact.province(), contact.unitCode(), contact.email());
    }

    private void readdress(String province, String unitCode, String email) {
        for (Invitation invitation : invitations.findByTenantAndInviteeUnitCodeAndStatus(
                province, unitCode, Invitation.Status.AWAITING_ANSWER)) {
            if (invitation.kind() != Invitation.Kind.SEAT_QUOTA || !invitation.readdress(email)) {
                continue;
            }
            Invitation saved = invitations.save(invitation);
            conferences
                    .findById(saved.planId())
                    .filter(Conference::approved)
                    .ifPresent(conference -> mailer.invite(conference, saved));
        }
    }

    /** Tells every expected invitee that the materials are published. */
    public int materialsPublished(Conference conference, String cause) {
        int queued = 0;
        for (Invitation invitation : ofPlan(conference.id())) {
            if (invitation.active() && mailer.materialsPublished(conference, invitation, cause)) {
                queued++;
            }
        }
        return queued;
    }

    /** Sends the signed plan to every invitee still expected, each once. */
    public int signedPlanAttached(Conference conference, SignedPlan signed, String cause) {
        int queued = 0;
        for (Invitation invitation : ofPlan(conference.id())) {
            if (invitation.active() && mailer.signedPlan(conference, invitation, signed, cause)) {
                queued++;
            }
        }
        return queued;
    }

    AnswerDeadlinePolicy deadlines() {
        return deadlines;
    }
}
