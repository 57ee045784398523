package vn.gov.conference.plan.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.conference.document.OfficialDocument;
import vn.gov.conference.document.OfficialDocument.Annex;
import vn.gov.conference.document.OfficialDocument.AnnexRow;
import vn.gov.conference.document.OfficialDocument.Block;
import vn.gov.conference.document.OfficialDocument.Heading;
import vn.gov.conference.document.OfficialDocument.Level;
import vn.gov.conference.document.OfficialDocument.Signature;
import vn.gov.conference.plan.planning.Assignment;
import vn.gov.conference.plan.planning.BridgePoint;
import vn.gov.conference.plan.planning.ExternalGuest;
import vn.gov.conference.plan.planning.Issuer;
import vn.gov.conference.plan.planning.ParticipantGroup;
import vn.gov.conference.plan.planning.ParticipantLevel;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanContent;
import vn.gov.conference.plan.planning.PlannedTime;
import vn.gov.conference.plan.planning.Signer;
import vn.gov.conference.plan.planning.UnitRef;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * The Kế hoạch as its issuer signs it, built from the plan: the heading, the body in the order and numbering of
 * the provinces' plans (I. purposes and requirements; II. the conference: composition, time, venue, agenda,
 * backdrop; III. budget; IV. assignments by unit), the closing, "Nơi nhận", the signer, and the published agenda
 * as the annex. Only the sections the plan fills are written, numbered as they come.
 */
public final class PlanDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final String PEOPLES_COMMITTEE = "Ủy ban nhân dân ";

    private PlanDocuments() {}

    public static OfficialDocument of(Plan plan, Optional<PublishedAgenda> agenda) {
        PlanContent content = plan.content();
        Issuer issuer = plan.issuer();
        LocalDate issued = plan.issuedOn();
        String place = issuer.place() != null ? issuer.place() : issuer.provinceName();
        Heading heading = new Heading(
                parentBody(issuer),
                bodyLines(issuer),
                "Số: " + numberText(plan),
                issued != null
                        ? VietnameseDates.placeAndDate(place, issued)
                        : VietnameseDates.placeAndBlankDate(
                                place, content.time().firstDay().getYear()));
        return new OfficialDocument(
                heading,
                "KẾ HOẠCH",
                content.title(),
                body(plan, agenda.isPresent()),
                content.distribution().stream().map(entry -> entry.text()).toList(),
                signature(content.signer()),
                agenda.map(copy -> annex(plan, copy)).orElse(null));
    }

    /** "276/KH-UBND"; a draft leaves room before the slash for the number the văn thư writes in. */
    static String numberText(Plan plan) {
        return plan.number() != null ? plan.number().text() : "     " + plan.numberText();
    }

    /**
     * A people's committee heads with its own name over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH TIỀN GIANG"); any
     * other body names its parent, the province's committee, above itself.
     */
    static String parentBody(Issuer issuer) {
        return issuer.body().name().startsWith(PEOPLES_COMMITTEE) ? null : upper("UBND tỉnh " + issuer.provinceName());
    }

    static List<String> bodyLines(Issuer issuer) {
        String name = issuer.body().name();
        if (name.startsWith(PEOPLES_COMMITTEE)) {
            return List.of(upper(PEOPLES_COMMITTEE.strip()), upper(name.substring(PEOPLES_COMMITTEE.length())));
        }
        return List.of(upper(name));
    }

    static Signature signature(Signer signer) {
        if (signer == null) {
            return new Signature(List.of(), null);
        }
        List<String> authority = new ArrayList<>();
        if (signer.capacity() != null) {
            authority.add(upper(signer.capacity()));
        }
        if (signer.title() != null) {
            authority.add(upper(signer.title()));
        }
        return new Signature(authority, signer.name());
    }

    private static List<Block> body(Plan plan, boolean agendaAttached) {
        PlanContent content = plan.content();
        List<Block> body = new ArrayList<>();
        content.preamble().forEach(line -> body.add(text(line)));
        Sections sections = new Sections(body);

        if (!content.purposes().isEmpty() || !content.requirements().isEmpty()) {
            sections.section("Mục đích, yêu cầu");
            if (!content.purposes().isEmpty()) {
                sections.item("Mục đích");
                content.purposes().forEach(line -> body.add(dash(line)));
            }
            if (!content.requirements().isEmpty()) {
                sections.item("Yêu cầu");
                content.requirements().forEach(line -> body.add(dash(line)));
            }
        }

        sections.section("Nội dung Hội nghị");
        sections.item("Thành phần tham dự");
        composition(content, plan.issuer().provinceName(), sections);
        sections.item("Thời gian");
        body.add(text(sentence(timeText(content))));
        if (content.venue() != null && !content.venue().text().isEmpty()) {
            sections.item("Địa điểm");
            body.add(text(sentence(content.venue().text())));
            for (BridgePoint point : content.participants().bridgePoints()) {
                body.add(dash(point.name()
                        + (point.expectedAttendance() == null ? "" : ": " + point.expectedAttendance() + " đại biểu")
                        + "."));
            }
        }
        if (agendaAttached) {
            sections.item("Chương trình Hội nghị");
            body.add(text("Có Chương trình kèm theo."));
        }
        if (content.backdrop() != null && !content.backdrop().lines().isEmpty()) {
            sections.item("Phông Hội nghị");
            content.backdrop().lines().forEach(line -> body.add(text(line)));
            if (content.backdrop().spec() != null) {
                body.add(text(content.backdrop().spec()));
            }
        }

        if (content.budget() != null) {
            sections.section("Kinh phí");
            body.add(text(content.budget().source()));
        }

        if (!content.assignments().isEmpty()) {
            sections.section("Tổ chức thực hiện");
            Map<String, List<Assignment>> byOwner = new LinkedHashMap<>();
            Map<String, String> ownerNames = new LinkedHashMap<>();
            for (Assignment assignment : content.assignments()) {
                byOwner.computeIfAbsent(assignment.owner().code(), code -> new ArrayList<>())
                        .add(assignment);
                ownerNames.putIfAbsent(assignment.owner().code(), name(assignment.owner()));
            }
            byOwner.forEach((owner, tasks) -> {
                sections.item(ownerNames.get(owner));
                tasks.forEach(task -> body.add(dash(assignmentText(task))));
            });
        }
        if (content.closing() != null) {
            body.add(text(content.closing()));
        }
        return body;
    }

    private static void composition(PlanContent content, String province, Sections sections) {
        List<Block> body = sections.body;
        if (content.chair() != null) {
            body.add(text("Chủ trì Hội nghị: " + sentence(content.chair())));
        }
        char letter = 'a';
        for (ParticipantLevel level : ParticipantLevel.values()) {
            List<ParticipantGroup> groups = content.participants().groups().stream()
                    .filter(group -> group.level() == level)
                    .toList();
            if (groups.isEmpty()) {
                continue;
            }
            body.add(new Block(Level.SUB_ITEM, letter++ + ") " + levelName(level) + ":"));
            groups.forEach(group -> body.add(dash(sentence(groupText(group, province)))));
        }
        List<ExternalGuest> guests = content.participants().externalGuests();
        if (!guests.isEmpty()) {
            body.add(new Block(Level.SUB_ITEM, letter + ") Khách mời:"));
            guests.forEach(guest -> body.add(dash(sentence(guestText(guest)))));
        }
        Integer total = content.participants().statedTotal();
        if (total != null) {
            body.add(text("Tổng số đại biểu: " + (content.participants().totalApproximate() ? "khoảng " : "") + total
                    + " người."));
        }
    }

    private static String levelName(ParticipantLevel level) {
        return switch (level) {
            case CENTRAL -> "Trung ương";
            case PROVINCE -> "Cấp tỉnh";
            case DISTRICT -> "Cấp huyện";
            case COMMUNE -> "Cấp xã";
        };
    }

    /**
     * The plan's words for the group, with the unit's name when the words do not already say it ("Thường trực Tỉnh
     * ủy" names Tỉnh ủy Đồng Tháp already: the province is understood).
     */
    static String groupText(ParticipantGroup group, String province) {
        String role = group.role() == null ? "" : group.role();
        String unit = group.unit() == null ? null : name(group.unit());
        if (unit == null || VietnameseText.fold(role).contains(VietnameseText.fold(withoutProvince(unit, province)))) {
            return role;
        }
        return role.isEmpty() ? unit : role + " (" + unit + ")";
    }

    private static String withoutProvince(String unit, String province) {
        return province != null && unit.endsWith(" " + province)
                ? unit.substring(0, unit.length() - province.length() - 1)
                : unit;
    }

    private static String guestText(ExternalGuest guest) {
        StringBuilder text = new StringBuilder();
        if (guest.name() != null) {
            text.append(guest.salutation() == null ? "" : guest.salutation() + " ")
                    .append(guest.name());
        }
        if (guest.position() != null) {
            text.append(text.isEmpty() ? "" : ", ").append(guest.position());
        }
        if (guest.organisation() != null) {
            text.append(text.isEmpty() ? "" : " ").append(guest.organisation());
        }
        return text.toString();
    }

    private static String timeText(PlanContent content) {
        String label = content.time().label() != null
                ? content.time().label()
                : content.time().exact() ? PlannedTime.render(content.time().start()) : "";
        return content.time().note() == null
                ? label
                : label + " (" + content.time().note() + ")";
    }

    /** The task as the plan words it; the deadline said once, unless the task or its note already says it. */
    static String assignmentText(Assignment assignment) {
        String text = sentence(assignment.task());
        if (assignment.note() != null) {
            text += " " + sentence(assignment.note());
        }
        if (assignment.dueBefore() != null) {
            String deadline = "trước ngày " + VietnameseDates.date(assignment.dueBefore());
            if (!text.contains(deadline)) {
                text += " Thời hạn: " + deadline + ".";
            }
        }
        return text;
    }

    private static Annex annex(Plan plan, PublishedAgenda agenda) {
        String of = plan.issuer().body().name();
        String attached = plan.number() != null && plan.issuedOn() != null
                ? "(Kèm theo Kế hoạch số " + plan.number().text() + " ngày " + VietnameseDates.date(plan.issuedOn())
                        + " của " + of + ")"
                : "(Kèm theo Kế hoạch số      " + plan.numberText() + " ngày      của " + of + ")";
        List<AnnexRow> rows = agenda.lines().stream()
                .map(line -> new AnnexRow(
                        line.number() == null ? "" : line.number(),
                        line.timed() ? VietnameseDates.range(local(line.start()), local(line.end())) : "",
                        line.title() == null ? "" : line.title(),
                        String.join(", ", line.presenters())))
                .toList();
        return new Annex("CHƯƠNG TRÌNH HỘI NGHỊ", attached, plan.content().title(), rows);
    }

    private static java.time.LocalTime local(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(VietnamTime.ZONE).toLocalTime();
    }

    private static String name(UnitRef unit) {
        return unit.name() != null ? unit.name() : unit.code();
    }

    private static Block text(String line) {
        return new Block(Level.TEXT, line);
    }

    private static Block dash(String line) {
        return new Block(Level.DASH, "- " + line);
    }

    /** Ends the line with a full stop unless it ends with punctuation already. */
    static String sentence(String line) {
        if (line == null || line.isEmpty()) {
            return "";
        }
        char last = line.charAt(line.length() - 1);
        return ".:;!?…".indexOf(last) >= 0 ? line : line + ".";
    }

    static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** Numbers sections I, II … and, inside each, items 1, 2 … as they are written. */
    private static final class Sections {

        private final List<Block> body;
        private int section;
        private int item;

        Sections(List<Block> body) {
            this.body = body;
        }

        void section(String title) {
            body.add(new Block(Level.SECTION, ROMAN[section++] + ". " + upper(title)));
            item = 0;
        }

        void item(String title) {
            body.add(new Block(Level.ITEM, ++item + ". " + title));
        }
    }
}
