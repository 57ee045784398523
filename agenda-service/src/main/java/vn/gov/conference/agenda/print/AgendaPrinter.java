package vn.gov.conference.agenda.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.conference.agenda.programme.AgendaItem;
import vn.gov.conference.agenda.programme.ItemKind;
import vn.gov.conference.agenda.programme.ItemTiming;
import vn.gov.conference.agenda.programme.Presenter;
import vn.gov.conference.agenda.timing.ContributionSlot;
import vn.gov.conference.agenda.timing.ItemSlot;
import vn.gov.conference.agenda.timing.Timeline;
import vn.gov.conference.agenda.timing.VietnameseClock;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * The agenda as the plans print it: a table of TT, Nội dung, Đơn vị thực hiện, Thời gian, in Vietnamese. The time
 * column says what the agenda says (a clock range, "15 phút", "Mỗi đại biểu trình bày 07 phút") and, for items
 * timed by duration, the computed clock range under it. The output is XHTML so that the PDF renderer reads the
 * very same document.
 */
public final class AgendaPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/M/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm, dd/M/yyyy");

    private AgendaPrinter() {}

    /** @param note the agenda's closing note ("Chương trình có thể thay đổi …"), or null */
    public static String html(AgendaHeading heading, Timeline timeline, String note) {
        StringBuilder out = new StringBuilder(8192);
        out.append("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
                <head>
                <meta charset="UTF-8"/>
                <title>Chương trình hội nghị</title>
                <style>
                @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
                body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; }
                .heading { text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }
                .title { text-align: center; font-weight: bold; margin: 4pt 0; }
                .attached, .status { text-align: center; font-style: italic; margin: 0 0 8pt 0; }
                .when { margin: 2pt 0; }
                table { width: 100%; border-collapse: collapse; margin-top: 8pt; font-size: 12pt; }
                th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
                th { font-weight: bold; text-align: center; }
                td.number, td.time { text-align: center; }
                td.number { width: 7%; }
                td.unit { width: 25%; }
                td.time { width: 25%; }
                .computed { font-size: 11pt; }
                tr.break td.content { font-style: italic; }
                .note { margin-top: 8pt; }
                </style>
                </head>
                <body>
                """);
        out.append("<p class=\"heading\">CHƯƠNG TRÌNH HỘI NGHỊ</p>\n");
        if (heading.planTitle() != null) {
            out.append("<p class=\"title\">")
                    .append(Xml.escape(heading.planTitle()))
                    .append("</p>\n");
        }
        out.append("<p class=\"attached\">")
                .append(Xml.escape(attachedTo(heading)))
                .append("</p>\n");
        out.append("<p class=\"when\"><b>Thời gian:</b> ")
                .append(Xml.escape(when(heading, timeline)))
                .append("</p>\n");
        if (heading.venue() != null) {
            out.append("<p class=\"when\"><b>Địa điểm:</b> ")
                    .append(Xml.escape(heading.venue()))
                    .append("</p>\n");
        }
        out.append("""
                <table>
                <thead><tr><th>TT</th><th>Nội dung</th><th>Đơn vị thực hiện</th><th>Thời gian</th></tr></thead>
                <tbody>
                """);
        for (ItemSlot slot : timeline.slots()) {
            row(out, slot, timeline.anchored());
        }
        out.append("</tbody>\n</table>\n");
        if (timeline.slots().isEmpty()) {
            out.append("<p class=\"note\">Chương trình chưa có nội dung.</p>\n");
        }
        if (note != null) {
            out.append("<p class=\"note\"><b>* Ghi chú:</b> ")
                    .append(Xml.escape(note))
                    .append("</p>\n");
        }
        out.append("<p class=\"status\">").append(Xml.escape(status(heading))).append("</p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, ItemSlot slot, boolean anchored) {
        AgendaItem item = slot.item();
        out.append(item.kind() == ItemKind.BREAK ? "<tr class=\"break\">" : "<tr>");
        cell(out, "number", slot.number() == null ? "" : Xml.escape(slot.number()));
        cell(out, "content", content(item.content(), item.note()));
        cell(out, "unit", presenters(item.presenters()));
        cell(out, "time", time(slot, anchored));
        out.append("</tr>\n");
        List<ContributionSlot> turns = slot.contributions();
        for (int i = 0; i < turns.size(); i++) {
            ContributionSlot turn = turns.get(i);
            out.append("<tr class=\"contribution\">");
            cell(out, "number", "-");
            cell(
                    out,
                    "content",
                    content(turn.contribution().content(), turn.contribution().note()));
            cell(out, "unit", presenters(turn.contribution().presenters()));
            if (item.timeEach() == null) {
                cell(out, "time", "");
            } else if (i == 0) {
                out.append("<td class=\"time\" rowspan=\"")
                        .append(turns.size())
                        .append("\">Mỗi đại biểu trình bày ")
                        .append(String.format("%02d", item.timeEach().toMinutes()))
                        .append(" phút</td>");
            }
            out.append("</tr>\n");
        }
    }

    private static String time(ItemSlot slot, boolean anchored) {
        String computed = anchored
                ? VietnameseClock.range(slot.span())
                : VietnameseClock.minutes(slot.span().length());
        return switch (slot.basis()) {
            case FIXED -> Xml.escape(VietnameseClock.range(slot.span()));
            case DURATION ->
                Xml.escape(VietnameseClock.minutes(
                                ((ItemTiming.Lasting) slot.item().timing()).duration()))
                        + (anchored ? "<div class=\"computed\">" + Xml.escape(computed) + "</div>" : "");
            case CONTRIBUTIONS -> "<div class=\"computed\">" + Xml.escape(computed) + "</div>";
            case NONE -> "";
        };
    }

    private static String content(String content, String note) {
        String text = Xml.escape(content);
        return note == null ? text : text + " (<i>" + Xml.escape(note) + "</i>)";
    }

    private static String presenters(List<Presenter> presenters) {
        return Xml.escape(presenters.stream().map(Presenter::name).collect(Collectors.joining(", ")));
    }

    private static void cell(StringBuilder out, String css, String html) {
        out.append("<td class=\"").append(css).append("\">").append(html).append("</td>");
    }

    private static String attachedTo(AgendaHeading heading) {
        StringBuilder text = new StringBuilder("(Kèm theo Kế hoạch");
        if (heading.documentNumber() != null) {
            text.append(" số ").append(heading.documentNumber());
        }
        if (heading.issuedOn() != null) {
            text.append(" ngày ").append(DAY.format(heading.issuedOn()));
        }
        if (heading.issuerName() != null) {
            text.append(" của ").append(heading.issuerName());
        }
        return text.append(')').toString();
    }

    private static String when(AgendaHeading heading, Timeline timeline) {
        LocalDate day = heading.conferenceDay();
        if (day == null) {
            return heading.tentativeTime() != null ? heading.tentativeTime() : "chưa xác định";
        }
        String date = "ngày " + DAY.format(day) + " (" + VietnameseDates.weekday(day.getDayOfWeek()) + ")";
        return timeline.anchored() ? VietnameseClock.time(timeline.session().start()) + ", " + date : date;
    }

    private static String status(AgendaHeading heading) {
        if (heading.revision() == 0) {
            return "Dự thảo, chưa công bố.";
        }
        String at = heading.revisedAt() == null
                ? ""
                : " lúc " + DAY_TIME.format(heading.revisedAt().atZoneSameInstant(VietnamTime.ZONE));
        return heading.revision() == 1 ? "Công bố" + at + "." : "Cập nhật lần " + (heading.revision() - 1) + at + ".";
    }
}
