package vn.gov.conference.notification.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.platform.events.AggregateRoot;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * One invitation to one conference: either a seat quota addressed to a unit, which names its delegate(s) for the
 * seats, or a personal invitation (a named delegate, a substitute, an external guest, a reporter).
 * <p>
 * Its life: awaiting an answer → accepted, declined (with a reason), substituted (the substitute gets an invitation
 * of their own) or, for a quota, delegates named. An answer is final: answering again is refused until the office
 * re-opens the invitation. A delegate answers through the signed link until the answer deadline; the office may
 * record an answer given by phone at any time. On the day the delegate is checked in (in person or online) or the
 * office records an absence with its reason.
 * <p>
 * One document per invitation. It raises {@link InvitationEvent}s; the platform stages their published form
 * ({@link InvitationContracts}) into its {@code outbox} as it is saved.
 */
@Document("invitations")
public class Invitation extends AggregateRoot<InvitationEvent> {

    /**
     * The most delegates a unit may name for a composition line that states no count ("Thủ trưởng…", "Đại diện
     * lãnh đạo…"): the unit decides how many it sends, this only stops a typing slip from inviting hundreds.
     */
    public static final int OPEN_QUOTA_CAP = 30;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public enum Kind {
        SEAT_QUOTA,
        PERSONAL
    }

    /** Where the invitation comes from: the plan's composition, a unit naming delegates, a substitute, the office. */
    public enum Origin {
        COMPOSITION,
        NAMED_BY_UNIT,
        SUBSTITUTE,
        ADDED
    }

    public enum Status {
        AWAITING_ANSWER,
        ACCEPTED,
        DECLINED,
        SUBSTITUTED,
        DELEGATES_NAMED,
        CANCELLED
    }

    private final String id;
    private final String planId;
    private final String tenant;
    private final Kind kind;
    private final Origin origin;
    private final String sourceKey;
    private Invitee invitee;
    private final int seats;
    private final String bridgePointCode;
    private final boolean online;
    private final String parentId;
    private final String code;
    private Status status;
    private Answer answer;
    private int round;
    private OffsetDateTime answerDeadline;
    private CheckIn checkIn;
    private String cancellationReason;
    private final Instant issuedAt;

    @Version
    private Long version;

    Invitation(
            String id,
            String planId,
            String tenant,
            Kind kind,
            Origin origin,
            String sourceKey,
            Invitee invitee,
            int seats,
            String bridgePointCode,
            boolean online,
            String parentId,
            String code,
            Status status,
            Answer answer,
            int round,
            OffsetDateTime answerDeadline,
            CheckIn checkIn,
            String cancellationReason,
            Instant issuedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.planId = Objects.requireNonNull(planId, "planId");
        this.tenant = tenant;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.origin = origin;
        this.sourceKey = sourceKey;
        this.invitee = Objects.requireNonNull(invitee, "invitee");
        this.seats = seats;
        this.bridgePointCode = bridgePointCode;
        this.online = online;
        this.parentId = parentId;
        this.code = code;
        this.status = status;
        this.answer = answer;
        this.round = round;
        this.answerDeadline = answerDeadline;
        this.checkIn = checkIn;
        this.cancellationReason = cancellationReason;
        this.issuedAt = issuedAt;
    }

    /** Issues an invitation for one line of the plan's composition, or one the office adds. */
    public static Invitation issue(
            InvitationId id,
            String planId,
            String tenant,
            Origin origin,
            InviteeSpec spec,
            String code,
            OffsetDateTime answerDeadline,
            Instant now) {
        Kind kind = spec.seatQuota() ? Kind.SEAT_QUOTA : Kind.PERSONAL;
        return new Invitation(
                id.value(),
                planId,
                tenant,
                kind,
                origin,
                spec.sourceKey(),
                spec.invitee(),
                kind == Kind.SEAT_QUOTA ? Math.max(0, spec.seats()) : 1,
                spec.bridgePointCode(),
                spec.online(),
                null,
                code,
                Status.AWAITING_ANSWER,
                null,
                0,
                answerDeadline,
                null,
                null,
                now);
    }

    /** The delegate accepts. */
    public void accept(OffsetDateTime now, Answer.Channel channel) {
        checkCanAnswer(now, channel);
        if (kind == Kind.SEAT_QUOTA) {
            throw new InvitationRuleException(
                    "seat-quota-needs-delegates",
                    "delegates",
                    "Đơn vị được mời theo số lượng đại biểu: vui lòng cử đại biểu (họ tên, chức vụ, email).");
        }
        answered(new Answer(Answer.Type.ACCEPTED, null, null, List.of(), now, channel), Status.ACCEPTED);
    }

    /** The invitee declines, and must say why. */
    public void decline(String reason, OffsetDateTime now, Answer.Channel channel) {
        checkCanAnswer(now, channel);
        String why = VietnameseText.multiLineOrNull("reason", reason);
        if (why == null) {
            throw new InvitationRuleException("reason-required", "reason", "Vui lòng nêu lý do không tham dự.");
        }
        answered(new Answer(Answer.Type.DECLINED, why, null, List.of(), now, channel), Status.DECLINED);
    }

    /**
     * The delegate sends someone in their place. Returns the substitute's own invitation, same unit, same bridge
     * point, same deadline; its id is derived from this invitation, so a retried request finds it again.
     */
    public Invitation substitute(
            Nomination nominee, String reason, String newCode, OffsetDateTime now, Answer.Channel channel) {
        checkCanAnswer(now, channel);
        if (kind == Kind.SEAT_QUOTA) {
            throw new InvitationRuleException(
                    "seat-quota-needs-delegates",
                    "substitute",
                    "Đơn vị được mời theo số lượng đại biểu: vui lòng cử đại biểu thay vì người thay thế.");
        }
        Invitee person = validNominee(nominee, "substitute");
        if (person.email().equals(invitee.email())) {
            throw new InvitationRuleException(
                    "substitute-is-invitee", "substitute.email", "Người thay thế phải khác người được mời.");
        }
        Invitation substitute = child(
                InvitationId.derived(planId, "substitute:" + id + ":" + round),
                Origin.SUBSTITUTE,
                person,
                bridgePointCode,
                newCode,
                now);
        answered(
                new Answer(
                        Answer.Type.SUBSTITUTED,
                        VietnameseText.multiLineOrNull("reason", reason),
                        substitute.id,
                        List.of(),
                        now,
                        channel),
                Status.SUBSTITUTED);
        return substitute;
    }

    /**
     * The unit names its delegates for its seats (at most as many as it was given). Returns their personal
     * invitations; ids are derived from this invitation, so a retried request finds them again.
     */
    public List<Invitation> nameDelegates(
            List<Nomination> nominees, List<String> newCodes, OffsetDateTime now, Answer.Channel channel) {
        checkCanAnswer(now, channel);
        if (kind != Kind.SEAT_QUOTA) {
            throw new InvitationRuleException(
                    "not-a-seat-quota",
                    "delegates",
                    "Giấy mời này dành cho cá nhân: vui lòng xác nhận tham dự, từ chối hoặc cử người thay thế.");
        }
        if (nominees == null || nominees.isEmpty()) {
            throw new InvitationRuleException("delegates-required", "delegates", "Vui lòng cử ít nhất 01 đại biểu.");
        }
        int alreadyNamed = answer == null ? 0 : answer.delegateInvitationIds().size();
        int limit = openQuota() ? OPEN_QUOTA_CAP : seats;
        if (alreadyNamed + nominees.size() > limit) {
            throw new InvitationRuleException(
                    "too-many-delegates",
                    "delegates",
                    openQuota()
                            ? "Mỗi đơn vị cử tối đa " + limit
                                    + " đại biểu qua đường dẫn; vui lòng liên hệ Văn phòng nếu " + "cần cử thêm."
                            : "Đơn vị được mời " + seats + " đại biểu, không thể cử " + (alreadyNamed + nominees.size())
                                    + "; vui lòng bớt số người được cử.");
        }
        List<Invitation> delegates = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < nominees.size(); i++) {
            Nomination nominee = nominees.get(i);
            Invitee person = validNominee(nominee, "delegates[" + i + "]");
            if (emails.contains(person.email())) {
                throw new InvitationRuleException(
                        "duplicate-delegate",
                        "delegates[" + i + "].email",
                        "Mỗi đại biểu cần một địa chỉ email riêng.");
            }
            emails.add(person.email());
            String site = nominee.bridgePointCode() == null
                            || nominee.bridgePointCode().isBlank()
                    ? bridgePointCode
                    : nominee.bridgePointCode().strip();
            delegates.add(child(
                    InvitationId.derived(planId, "delegate:" + id + ":" + round + ":" + i),
                    Origin.NAMED_BY_UNIT,
                    person,
                    site,
                    newCodes.get(i),
                    now));
        }
        List<String> ids = new ArrayList<>(answer == null ? List.of() : answer.delegateInvitationIds());
        delegates.forEach(delegate -> ids.add(delegate.id));
        answered(new Answer(Answer.Type.DELEGATES_NAMED, null, null, ids, now, channel), Status.DELEGATES_NAMED);
        return delegates;
    }

    /**
     * The office re-opens an answered invitation so that it can be answered again (a delegate changed their
     * mind). Delegates a unit already named keep their invitations and their seats.
     */
    public void reopen() {
        if (status == Status.CANCELLED) {
            throw cancelled();
        }
        if (status == Status.AWAITING_ANSWER) {
            throw new InvitationRuleException("not-answered", "Giấy mời chưa được trả lời.");
        }
        status = Status.AWAITING_ANSWER;
        round++;
        if (answer != null && answer.type() != Answer.Type.DELEGATES_NAMED) {
            answer = null;
        }
    }

    /** The conference was cancelled: nothing can be answered or checked in any more. */
    public boolean cancel(String reason) {
        if (status == Status.CANCELLED) {
            return false;
        }
        status = Status.CANCELLED;
        cancellationReason = VietnameseText.multiLineOrNull("reason", reason);
        return true;
    }

    /** The conference moved: an invitation still awaiting its answer gets the new deadline. */
    public boolean moveDeadline(OffsetDateTime deadline) {
        if (status != Status.AWAITING_ANSWER || Objects.equals(deadline, answerDeadline)) {
            return false;
        }
        answerDeadline = deadline;
        return true;
    }

    /** The directory now knows the unit's address: an invitation that could not be sent can be. */
    public boolean readdress(String email) {
        if (invitee.email() != null || email == null) {
            return false;
        }
        invitee = invitee.withEmail(email);
        return invitee.email() != null;
    }

    /**
     * Records attendance on the day. Delegates check themselves in (in person or online) through their signed
     * link once; the office may record or correct any delegate's presence or absence.
     */
    public void checkIn(
            CheckIn.Presence presence,
            String site,
            String reason,
            LocalDate conferenceDay,
            OffsetDateTime now,
            CheckIn.Channel channel) {
        if (status == Status.CANCELLED) {
            throw cancelled();
        }
        if (kind == Kind.SEAT_QUOTA) {
            throw new InvitationRuleException(
                    "seat-quota-check-in",
                    "Đây là giấy mời theo số lượng của đơn vị: điểm danh theo giấy mời của từng đại biểu được cử.");
        }
        if (status == Status.DECLINED || status == Status.SUBSTITUTED) {
            throw new InvitationRuleException(
                    "not-attending",
                    "Đại biểu đã từ chối hoặc cử người thay thế; Văn phòng cần mở lại giấy mời trước khi điểm danh.");
        }
        if (conferenceDay == null) {
            throw new InvitationRuleException("not-scheduled", "Hội nghị chưa có thời gian chính thức.");
        }
        if (now.atZoneSameInstant(VietnameseDates.ZONE).toLocalDate().isBefore(conferenceDay)) {
            throw new InvitationRuleException(
                    "check-in-not-open",
                    "Chưa đến ngày điểm danh: chỉ điểm danh vào ngày diễn ra hội nghị ("
                            + VietnameseDates.date(conferenceDay) + ").");
        }
        Objects.requireNonNull(presence, "presence");
        String why = VietnameseText.multiLineOrNull("reason", reason);
        if (channel == CheckIn.Channel.LINK) {
            if (presence == CheckIn.Presence.ABSENT) {
                throw new InvitationRuleException(
                        "absence-by-office",
                        "presence",
                        "Vắng mặt do Văn phòng ghi nhận; đại biểu vắng mặt không cần điểm danh.");
            }
            if (checkIn != null) {
                throw new InvitationRuleException("already-checked-in", "Đại biểu đã điểm danh.");
            }
        }
        if (presence == CheckIn.Presence.ABSENT && why == null) {
            throw new InvitationRuleException("reason-required", "reason", "Vui lòng ghi lý do vắng mặt.");
        }
        String where = site == null || site.isBlank() ? bridgePointCode : site.strip();
        checkIn = new CheckIn(presence, where, presence == CheckIn.Presence.ABSENT ? why : null, now, channel);
        if (presence != CheckIn.Presence.ABSENT) {
            raise(new InvitationEvent.CheckedIn(presence, where, now));
        }
    }

    private void checkCanAnswer(OffsetDateTime now, Answer.Channel channel) {
        if (status == Status.CANCELLED) {
            throw cancelled();
        }
        if (status != Status.AWAITING_ANSWER) {
            throw new InvitationRuleException(
                    "already-answered", "Giấy mời đã được trả lời; liên hệ Văn phòng nếu cần thay đổi.");
        }
        if (channel == Answer.Channel.LINK && answerDeadline != null && !now.isBefore(answerDeadline)) {
            throw new InvitationRuleException(
                    "answer-deadline-passed",
                    "Đã hết hạn trả lời (hạn " + VietnameseDates.before(answerDeadline)
                            + "); vui lòng liên hệ Văn phòng để báo ý kiến.");
        }
    }

    private void answered(Answer given, Status newStatus) {
        this.answer = given;
        this.status = newStatus;
        raise(new InvitationEvent.Answered(given));
    }

    private Invitee validNominee(Nomination nominee, String field) {
        if (nominee == null) {
            throw new InvitationRuleException("nominee-required", field, "Vui lòng nhập thông tin người được cử.");
        }
        if (VietnameseText.singleLineOrNull("name", nominee.name()) == null) {
            throw new InvitationRuleException("name-required", field + ".name", "Vui lòng nhập họ tên.");
        }
        if (VietnameseText.singleLineOrNull("position", nominee.position()) == null) {
            throw new InvitationRuleException("position-required", field + ".position", "Vui lòng nhập chức vụ.");
        }
        if (nominee.email() == null || !EMAIL.matcher(nominee.email().strip()).matches()) {
            throw new InvitationRuleException("email-invalid", field + ".email", "Địa chỉ email không hợp lệ.");
        }
        return new Invitee(
                nominee.name(),
                nominee.position(),
                invitee.unitCode(),
                invitee.unitName(),
                invitee.organisation(),
                nominee.email(),
                invitee.category());
    }

    private Invitation child(
            InvitationId childId, Origin childOrigin, Invitee person, String site, String newCode, OffsetDateTime now) {
        return new Invitation(
                childId.value(),
                planId,
                tenant,
                Kind.PERSONAL,
                childOrigin,
                null,
                person,
                1,
                site,
                online,
                id,
                newCode,
                Status.AWAITING_ANSWER,
                null,
                0,
                answerDeadline,
                null,
                null,
                now.toInstant());
    }

    private InvitationRuleException cancelled() {
        return new InvitationRuleException("invitation-cancelled", "Hội nghị đã hủy; giấy mời không còn hiệu lực.");
    }

    UnitRef unitRef() {
        return invitee.unitCode() == null ? null : new UnitRef(invitee.unitCode(), invitee.affiliation());
    }

    public boolean awaitingAnswer() {
        return status == Status.AWAITING_ANSWER;
    }

    /** Whether the invitee is still expected (not declined, replaced or cancelled): whom updates go to. */
    public boolean active() {
        return status == Status.AWAITING_ANSWER || status == Status.ACCEPTED || status == Status.DELEGATES_NAMED;
    }

    public InvitationId id() {
        return new InvitationId(id);
    }

    public String planId() {
        return planId;
    }

    public String tenant() {
        return tenant;
    }

    public Kind kind() {
        return kind;
    }

    public Origin origin() {
        return origin;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public Invitee invitee() {
        return invitee;
    }

    /** The seats of a quota; 0 for a composition line that states no count, where the unit names how many. */
    public int seats() {
        return seats;
    }

    /** A unit's seats whose number the unit decides (at least one delegate, at most {@link #OPEN_QUOTA_CAP}). */
    public boolean openQuota() {
        return kind == Kind.SEAT_QUOTA && seats == 0;
    }

    public String bridgePointCode() {
        return bridgePointCode;
    }

    public boolean online() {
        return online;
    }

    public String parentId() {
        return parentId;
    }

    public String code() {
        return code;
    }

    public Status status() {
        return status;
    }

    public Answer answer() {
        return answer;
    }

    public int round() {
        return round;
    }

    public OffsetDateTime answerDeadline() {
        return answerDeadline;
    }

    public CheckIn checkIn() {
        return checkIn;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
