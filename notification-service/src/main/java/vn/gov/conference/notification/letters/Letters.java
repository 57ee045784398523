package vn.gov.conference.notification.letters;

import static vn.gov.conference.notification.invitation.InvitationWording.addressee;
import static vn.gov.conference.notification.invitation.InvitationWording.honorific;
import static vn.gov.conference.notification.invitation.InvitationWording.request;
import static vn.gov.conference.notification.invitation.InvitationWording.seats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.notification.calendar.CalendarEvent;
import vn.gov.conference.notification.calendar.CalendarInvitations;
import vn.gov.conference.notification.conference.AgendaLine;
import vn.gov.conference.notification.conference.AgendaMove;
import vn.gov.conference.notification.conference.BridgeSite;
import vn.gov.conference.notification.conference.CalendarNotice;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.conference.ConferenceDetails;
import vn.gov.conference.notification.conference.SignedPlan;
import vn.gov.conference.notification.email.EmailContent;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.notification.letters.document.OfficialDates;
import vn.gov.conference.notification.links.InvitationLinks;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * Every email this service sends, in Vietnamese, as plain text and HTML. The approved plan replaces the invitation
 * letter ("Kế hoạch này thay thư mời"), so the invitation carries the plan's essentials: its number, the conference,
 * time and place, the agenda, and the links to answer and to check in. A calendar invitation goes along once the time
 * is exact; while it is tentative the letter states the plan's own wording ("dự kiến quý 3 năm 2024").
 */
public final class Letters {

    static final String QR_CONTENT_ID = "qr-diem-danh";
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * A department's material due to a recipient: what a deadline reminder is about; {@code submitUrl} the console's
     * page of that assignment, where the department's officer signs in and uploads it.
     */
    public record MaterialDue(
            String unitName, String title, String recipientName, OffsetDateTime deadline, String submitUrl) {}

    private static final String PEOPLES_COMMITTEE = "Ủy ban nhân dân ";

    private final String organizerEmail;

    public Letters(String organizerEmail) {
        this.organizerEmail = organizerEmail;
    }

    /** The subject {@link #invitation} gives its letter, without writing the letter. */
    public String invitationSubject(Conference conference) {
        return "Giấy mời dự " + conference.details().name();
    }

    public EmailContent invitation(Conference conference, Invitation invitation, InvitationLinks links, Instant now) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        LetterWriter letter = new LetterWriter(name)
                .salutation(addressee(invitation))
                .paragraph(invitationSentence(plan, invitation, name));
        planReference(letter, plan);
        if (links.signedPlanUrl() != null) {
            letter.link("Kế hoạch đã ký (PDF)", links.signedPlanUrl());
        }
        letter.fields(essentials(conference, invitation));
        agenda(letter, conference);
        answerSection(letter, invitation, links);
        checkInSection(letter, conference, invitation, links);
        closing(letter, plan);
        return content(
                invitationSubject(conference),
                letter,
                calendarRequest(conference, invitation, links, now),
                qr(invitation, links));
    }

    public EmailContent update(
            Conference conference,
            Invitation invitation,
            InvitationLinks links,
            CalendarNotice.Reason reason,
            String summary,
            List<AgendaMove> moves,
            Instant now) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String subject = switch (reason) {
            case SCHEDULED -> "Thời gian chính thức: " + name;
            case MOVED -> "Thay đổi thời gian, địa điểm: " + name;
            case AGENDA_PUBLISHED -> "Chương trình " + lowerFirst(name);
            case AGENDA_REVISED -> "Điều chỉnh chương trình: " + name;
            case AMENDED -> "Điều chỉnh kế hoạch: " + name;
            case CANCELLED -> throw new IllegalArgumentException("A cancellation is not an update.");
        };
        String intro = switch (reason) {
            case SCHEDULED -> " thông báo thời gian chính thức tổ chức ";
            case MOVED -> " thông báo thay đổi thời gian, địa điểm tổ chức ";
            case AGENDA_PUBLISHED -> " gửi chương trình và thời gian cụ thể của ";
            case AGENDA_REVISED -> " thông báo điều chỉnh chương trình ";
            case AMENDED -> " thông báo điều chỉnh kế hoạch tổ chức ";
            case CANCELLED -> throw new IllegalArgumentException("A cancellation is not an update.");
        };
        LetterWriter letter = new LetterWriter(subject)
                .salutation(addressee(invitation))
                .paragraph(plan.issuerName() + intro + name + ".");
        if (summary != null && !summary.isBlank()) {
            letter.paragraph(summary);
        }
        List<AgendaMove> own = moves.stream()
                .filter(move -> move.concerns(invitation.invitee().unitCode()))
                .toList();
        if (!own.isEmpty()) {
            letter.heading("Phần trình bày của đơn vị thay đổi");
            letter.bullets(own.stream().map(Letters::moveText).toList());
        }
        letter.fields(essentials(conference, invitation));
        agenda(letter, conference);
        if (invitation.awaitingAnswer()) {
            answerSection(letter, invitation, links);
        }
        checkInSection(letter, conference, invitation, links);
        closing(letter, plan);
        return content(subject, letter, calendarRequest(conference, invitation, links, now), qr(invitation, links));
    }

    public EmailContent cancellation(Conference conference, Invitation invitation, Instant now) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String subject = "Hủy tổ chức " + lowerFirst(name);
        LetterWriter letter = new LetterWriter(subject)
                .salutation(addressee(invitation))
                .paragraph(plan.issuerName() + " thông báo không tổ chức " + lowerFirst(name)
                        + (plan.documentNumber() == null ? "" : " theo Kế hoạch số " + plan.documentNumber()) + ".");
        if (conference.cancellationReason() != null
                && !conference.cancellationReason().isBlank()) {
            letter.fields(List.<String[]>of(new String[] {"Lý do", conference.cancellationReason()}));
        }
        letter.paragraph("Giấy mời đã gửi không còn hiệu lực. Rất mong quý vị thông cảm.");
        closing(letter, plan);
        EmailContent.Calendar calendar = null;
        if (conference.exact()) {
            calendar = new EmailContent.Calendar(
                    CalendarInvitations.cancel(calendarEvent(conference, invitation, null, now)),
                    "CANCEL",
                    "Hủy " + calendarFileName(plan));
        }
        return content(subject, letter, calendar, null);
    }

    public EmailContent answerReminder(
            Conference conference, Invitation invitation, InvitationLinks links, Instant now) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String subject = "Nhắc xác nhận tham dự " + name;
        String who = invitation.invitee().person() ? honorific(invitation.invitee()) : "quý đơn vị";
        LetterWriter letter = new LetterWriter(subject)
                .salutation(addressee(invitation))
                .paragraph(plan.issuerName() + " đã gửi giấy mời dự " + name + " nhưng chưa nhận được xác nhận của "
                        + who + ".");
        letter.fields(essentials(conference, invitation));
        answerSection(letter, invitation, links);
        closing(letter, plan);
        return content(subject, letter, null, null);
    }

    public EmailContent materialsPublished(Conference conference, Invitation invitation, String portalUrl) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String subject = "Tài liệu " + lowerFirst(name);
        LetterWriter letter = new LetterWriter(subject)
                .salutation(addressee(invitation))
                .paragraph("Tài liệu phục vụ " + lowerFirst(name) + " đã được đăng tải. Đề nghị quý vị nghiên cứu "
                        + "trước khi dự hội nghị.")
                .link("Xem tài liệu hội nghị", portalUrl);
        letter.fields(essentials(conference, invitation));
        closing(letter, plan);
        return content(subject, letter, null, null);
    }

    /**
     * A plan that replaces the invitation letter was signed after its invitations went out: each invitee receives
     * the signed plan itself, with its checksum to compare with the download.
     */
    public EmailContent signedPlan(Conference conference, Invitation invitation, SignedPlan signed, String url) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String subject = "Kế hoạch số " + signed.documentNumber() + " (thay thư mời): " + name;
        LetterWriter letter = new LetterWriter(subject)
                .salutation(addressee(invitation))
                .paragraph(plan.issuerName() + " gửi Kế hoạch số " + signed.documentNumber() + " đã ký về việc "
                        + lowerFirst(name) + ". Kế hoạch này thay thư mời.")
                .link("Kế hoạch đã ký (PDF)", url);
        letter.fields(essentials(conference, invitation));
        letter.fields(List.<String[]>of(new String[] {"Mã kiểm tra (SHA-256)", signed.sha256()}));
        closing(letter, plan);
        return content(subject, letter, null, null);
    }

    /** Before the deadline, to the department that owes the material. */
    public EmailContent deadlineReminder(Conference conference, MaterialDue due) {
        String subject = "Nhắc hạn gửi tài liệu: " + due.title();
        LetterWriter letter = new LetterWriter(subject)
                .salutation(due.unitName())
                .paragraph("Theo " + planOf(conference) + ", " + due.unitName() + " có trách nhiệm gửi tài liệu sau"
                        + (due.recipientName() == null ? "" : " đến " + due.recipientName()) + ":")
                .fields(List.of(
                        new String[] {"Tài liệu", due.title()},
                        new String[] {"Hạn gửi", VietnameseDates.before(due.deadline())}))
                .paragraph(
                        "Đến nay hệ thống chưa nhận được tài liệu của đơn vị. Đề nghị đơn vị gửi tài liệu đúng hạn.");
        submitLink(letter, due);
        closing(letter, conference == null ? null : conference.details());
        return content(subject, letter, null, null);
    }

    /** After the deadline passed without the material. */
    public EmailContent overdueNotice(Conference conference, MaterialDue due) {
        String subject = "Quá hạn gửi tài liệu: " + due.title();
        LetterWriter letter = new LetterWriter(subject)
                .salutation(due.unitName())
                .paragraph(
                        "Theo " + planOf(conference) + ", " + due.unitName() + " gửi tài liệu \"" + due.title() + "\""
                                + (due.recipientName() == null ? "" : " đến " + due.recipientName()) + " ",
                        VietnameseDates.before(due.deadline()),
                        ".")
                .paragraph("Đến nay đã quá hạn nhưng hệ thống chưa nhận được tài liệu. Đề nghị đơn vị khẩn trương "
                        + "gửi tài liệu để kịp tổng hợp phục vụ hội nghị.");
        submitLink(letter, due);
        closing(letter, conference == null ? null : conference.details());
        return content(subject, letter, null, null);
    }

    /** Where the material is uploaded: the assignment's page in the console, behind the officer's own sign-in. */
    private static void submitLink(LetterWriter letter, MaterialDue due) {
        if (due.submitUrl() != null) {
            letter.paragraph("Cán bộ của đơn vị đăng nhập bằng tài khoản của mình để nộp tài liệu:")
                    .link("Nộp tài liệu", due.submitUrl());
        }
    }

    /**
     * The Giấy mời as the issuer signs and sends it (Nghị định 30/2020 layout), from the same data as the email:
     * the plan it rests on, the invitation sentence, the essentials, what is asked by when. Dated {@code today};
     * its number is left for the văn thư's register.
     */
    public OfficialDocument invitationDocument(Conference conference, Invitation invitation, LocalDate today) {
        ConferenceDetails plan = conference.details();
        String name = plan.name();
        String issuer = plan.issuerName();
        boolean committee = issuer.startsWith(PEOPLES_COMMITTEE);
        List<String> issuerLines = committee
                ? List.of(upper(PEOPLES_COMMITTEE.strip()), upper(issuer.substring(PEOPLES_COMMITTEE.length())))
                : List.of(upper(issuer));
        String place = plan.provinceName() != null ? plan.provinceName() : "";
        OfficialDocument.Heading heading = new OfficialDocument.Heading(
                committee || plan.provinceName() == null ? null : upper("UBND tỉnh " + plan.provinceName()),
                issuerLines,
                "Số:      /GM" + (committee ? "-UBND" : ""),
                OfficialDates.placeAndDate(place, today));
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(text("Kính gửi: " + addressee(invitation) + "."));
        if (plan.documentNumber() != null) {
            body.add(text("Căn cứ Kế hoạch số " + plan.documentNumber()
                    + (plan.issuedOn() == null ? "" : " ngày " + VietnameseDates.date(plan.issuedOn()))
                    + " của " + plan.issuerName() + "."));
        }
        body.add(text(invitationSentence(plan, invitation, name)));
        for (String[] field : essentials(conference, invitation)) {
            body.add(new OfficialDocument.Block(OfficialDocument.Level.DASH, "- " + field[0] + ": " + field[1] + "."));
        }
        body.add(text(request(invitation)));
        body.add(text("Trân trọng./."));
        List<String> authority = new ArrayList<>();
        if (plan.signerTitle() != null) {
            authority.add(upper(plan.signerTitle()));
        }
        return new OfficialDocument(
                heading,
                "GIẤY MỜI",
                "Dự " + lowerFirst(name),
                body,
                List.of("Như trên", "Lưu: VT"),
                new OfficialDocument.Signature(authority, plan.signer()),
                null);
    }

    private static OfficialDocument.Block text(String line) {
        return new OfficialDocument.Block(OfficialDocument.Level.TEXT, line);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String invitationSentence(ConferenceDetails plan, Invitation invitation, String name) {
        if (invitation.kind() == Invitation.Kind.SEAT_QUOTA) {
            return plan.issuerName() + " trân trọng kính mời "
                    + invitation.invitee().addressee() + " cử " + seats(invitation) + " tham dự " + name + ".";
        }
        return plan.issuerName() + " trân trọng kính mời " + honorific(invitation.invitee()) + " tham dự " + name + ".";
    }

    private static void planReference(LetterWriter letter, ConferenceDetails plan) {
        if (plan.documentNumber() == null) {
            return;
        }
        String reference = "Kế hoạch số " + plan.documentNumber()
                + (plan.issuedOn() == null ? "" : " ngày " + VietnameseDates.date(plan.issuedOn()))
                + " của " + plan.issuerName();
        letter.paragraph(
                plan.replacesInvitationLetter()
                        ? "Căn cứ " + reference + ". Kế hoạch này thay thư mời."
                        : "Căn cứ " + reference + ".");
    }

    private static List<String[]> essentials(Conference conference, Invitation invitation) {
        ConferenceDetails plan = conference.details();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"Thời gian", plan.timeText()});
        fields.add(new String[] {"Địa điểm", plan.venue().text()});
        site(plan, invitation).ifPresent(site -> fields.add(new String[] {"Điểm cầu", site}));
        if (remote(invitation)) {
            fields.add(new String[] {"Hình thức", "trực tuyến, qua phần mềm họp trực tuyến"});
        }
        fields.add(new String[] {"Chủ trì", plan.chair()});
        if (!plan.indices().isEmpty()) {
            fields.add(new String[] {"Chỉ số đánh giá", String.join(", ", plan.indices())});
        }
        if (invitation.kind() == Invitation.Kind.SEAT_QUOTA) {
            fields.add(new String[] {"Thành phần", invitation.invitee().position()});
            fields.add(new String[] {
                "Số đại biểu",
                invitation.openQuota()
                        ? "do đơn vị cử (ít nhất 01 đại biểu)"
                        : String.format("%02d", invitation.seats())
            });
        }
        return fields;
    }

    private static Optional<String> site(ConferenceDetails plan, Invitation invitation) {
        if (invitation.bridgePointCode() == null) {
            return Optional.empty();
        }
        return Optional.of(plan.bridgeSite(invitation.bridgePointCode())
                .map(BridgeSite::name)
                .orElse(invitation.bridgePointCode()));
    }

    private static void agenda(LetterWriter letter, Conference conference) {
        if (conference.agenda().isEmpty()) {
            return;
        }
        letter.heading("Chương trình hội nghị");
        List<List<String>> rows = new ArrayList<>();
        for (AgendaLine line : conference.agenda()) {
            rows.add(List.of(
                    line.timed() ? VietnameseDates.range(line.start(), line.end()) : "",
                    line.title(),
                    presenters(line)));
        }
        letter.table(List.of("Thời gian", "Nội dung", "Đơn vị thực hiện"), rows);
    }

    private static String presenters(AgendaLine line) {
        return line.presenters().stream()
                .map(p -> p.unitName() == null ? p.unitCode() : p.unitName())
                .collect(Collectors.joining(", "));
    }

    private static void answerSection(LetterWriter letter, Invitation invitation, InvitationLinks links) {
        if (links == null || links.answerUrl() == null) {
            return;
        }
        boolean quota = invitation.kind() == Invitation.Kind.SEAT_QUOTA;
        letter.paragraph(request(invitation));
        letter.link(
                quota ? "Cử đại biểu hoặc báo vắng" : "Xác nhận tham dự, báo vắng hoặc cử người dự thay",
                links.answerUrl());
        letter.paragraph(
                quota
                        ? "Tại đường dẫn trên, đơn vị ghi họ tên, chức vụ, email của từng đại biểu được cử (mỗi đại biểu sẽ "
                                + "nhận giấy mời riêng) hoặc báo vắng kèm lý do."
                        : "Tại đường dẫn trên, " + honorific(invitation.invitee())
                                + " xác nhận tham dự, báo vắng kèm lý do "
                                + "hoặc cử người dự thay (họ tên, chức vụ, email; người dự thay sẽ nhận giấy mời riêng). "
                                + "Đường dẫn chỉ dùng cho giấy mời này.");
    }

    /**
     * At the venue or a bridge point the delegate shows the QR code at the desk; a delegate joining online from
     * wherever they are gets the meeting link instead, and checks in through the link.
     */
    private static void checkInSection(
            LetterWriter letter, Conference conference, Invitation invitation, InvitationLinks links) {
        if (links == null || links.checkInUrl() == null || invitation.kind() != Invitation.Kind.PERSONAL) {
            return;
        }
        String you = honorific(invitation.invitee());
        if (remote(invitation)) {
            letter.heading("Tham dự trực tuyến");
            String meeting = conference.details().venue().onlineMeetingUrl();
            if (meeting != null) {
                letter.link("Vào phòng họp trực tuyến", meeting);
            } else {
                letter.paragraph("Đường dẫn vào phòng họp trực tuyến sẽ được gửi trước giờ họp.");
            }
            letter.paragraph(
                    "Mã điểm danh của " + you + ": ",
                    invitation.code(),
                    ". Vào ngày họp, " + you + " điểm danh trực tuyến tại đường dẫn dưới đây.");
            letter.link("Điểm danh trực tuyến", links.checkInUrl());
            return;
        }
        letter.heading("Điểm danh");
        letter.paragraph(
                "Mã điểm danh của " + you + ": ",
                invitation.code(),
                ". Khi đến dự, vui lòng xuất trình mã QR dưới đây hoặc đọc mã điểm danh tại bàn đón tiếp.");
        letter.image(QR_CONTENT_ID, "Mã QR điểm danh " + invitation.code());
    }

    /** A delegate who joins online from wherever they are, not at the venue or a bridge point. */
    static boolean remote(Invitation invitation) {
        return invitation.online() && invitation.bridgePointCode() == null;
    }

    private static void closing(LetterWriter letter, ConferenceDetails plan) {
        letter.paragraph("Trân trọng.");
        letter.signature(plan == null ? null : plan.issuerName(), null);
        letter.footer("Thư được gửi tự động từ hệ thống tổ chức hội nghị; vui lòng không trả lời thư này.");
    }

    private EmailContent.Calendar calendarRequest(
            Conference conference, Invitation invitation, InvitationLinks links, Instant now) {
        if (invitation.invitee().email() == null) {
            return null;
        }
        return calendar(conference, invitation, links, now).orElse(null);
    }

    /**
     * The invitee's calendar entry (the letters' attachment and the page's download alike: same UID and SEQUENCE);
     * empty while the conference has no exact time.
     */
    public Optional<EmailContent.Calendar> calendar(
            Conference conference, Invitation invitation, InvitationLinks links, Instant now) {
        if (!conference.exact()) {
            return Optional.empty();
        }
        CalendarEvent event = calendarEvent(conference, invitation, links, now);
        return Optional.of(new EmailContent.Calendar(
                CalendarInvitations.request(event), "REQUEST", calendarFileName(conference.details())));
    }

    private CalendarEvent calendarEvent(
            Conference conference, Invitation invitation, InvitationLinks links, Instant now) {
        ConferenceDetails plan = conference.details();
        String location = site(plan, invitation)
                .orElse(
                        remote(invitation)
                                ? Objects.requireNonNullElse(plan.venue().onlineMeetingUrl(), "Trực tuyến")
                                : invitation.online()
                                        ? "Trực tuyến"
                                        : plan.venue().text());
        StringBuilder description = new StringBuilder(plan.name());
        if (plan.documentNumber() != null) {
            description
                    .append("\nKế hoạch số ")
                    .append(plan.documentNumber())
                    .append(plan.replacesInvitationLetter() ? " (thay thư mời)" : "");
        }
        for (AgendaLine line : conference.agenda()) {
            description
                    .append("\n")
                    .append(line.timed() ? VietnameseDates.range(line.start(), line.end()) + ": " : "")
                    .append(line.title());
        }
        String url = links == null ? null : links.answerUrl();
        if (url != null) {
            description.append("\nXác nhận tham dự: ").append(url);
        }
        return new CalendarEvent(
                conference.calendarUid(),
                conference.calendarSequence(),
                conference.start().orElseThrow(),
                conference.end().orElseThrow(),
                plan.name(),
                description.toString(),
                location,
                url,
                new CalendarEvent.Person(plan.issuerName(), organizerEmail),
                new CalendarEvent.Person(
                        invitation.invitee().addressee(), invitation.invitee().email()),
                now);
    }

    private static List<EmailContent.Attachment> qr(Invitation invitation, InvitationLinks links) {
        if (links == null
                || links.checkInUrl() == null
                || invitation.kind() != Invitation.Kind.PERSONAL
                || remote(invitation)) {
            return List.of();
        }
        return List.of(new EmailContent.Attachment(
                "Mã điểm danh " + invitation.code() + ".png",
                "image/png",
                QrCodes.png(links.checkInUrl()),
                QR_CONTENT_ID));
    }

    private static EmailContent content(
            String subject,
            LetterWriter letter,
            EmailContent.Calendar calendar,
            List<EmailContent.Attachment> attachments) {
        return new EmailContent(subject, letter.text(), letter.html(), calendar, attachments);
    }

    static String calendarFileName(ConferenceDetails plan) {
        String number =
                plan.documentNumber() == null ? "" : " " + plan.documentNumber().replace('/', '-');
        return "Lịch hội nghị" + number + ".ics";
    }

    private static String moveText(AgendaMove move) {
        String before = move.previousStart() == null || move.previousEnd() == null
                ? "chưa có thời gian"
                : VietnameseDates.range(move.previousStart(), move.previousEnd());
        String after = move.start() == null || move.end() == null
                ? "chưa có thời gian"
                : VietnameseDates.range(move.start(), move.end());
        return move.title() + ": từ " + before + " chuyển sang " + after;
    }

    private static String planOf(Conference conference) {
        if (conference == null || conference.details() == null) {
            return "kế hoạch tổ chức hội nghị";
        }
        ConferenceDetails plan = conference.details();
        String number = plan.documentNumber() == null ? "" : " số " + plan.documentNumber();
        return "Kế hoạch" + number + " (" + lowerFirst(plan.name()) + ")";
    }

    /**
     * The name inside a sentence: "Hội nghị …" becomes "hội nghị …", but a first word with capitals past its first
     * letter (an acronym: "SEC", "PAPI", "UBND") keeps the title's case.
     */
    static String lowerFirst(String text) {
        String firstWord = text.split("\\s", 2)[0];
        if (firstWord.length() < 2
                || !firstWord.substring(1).equals(firstWord.substring(1).toLowerCase(VI))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }
}
