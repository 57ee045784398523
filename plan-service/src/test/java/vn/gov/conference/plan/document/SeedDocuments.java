package vn.gov.conference.plan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.agenda.AgendaEvents.AgendaPublished;
import vn.gov.conference.contracts.agenda.AgendaEvents.Slot;
import vn.gov.conference.plan.planning.Fixtures;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.platform.time.VietnamTime;

/**
 * The seed plans approved as they were (Tiền Giang 276 on 18/7/2024; Đồng Tháp numbered here on 02/7/2021, the
 * seed being an unnumbered draft), their agendas from demo-data as agenda-service publishes them, and the DOCX read
 * back paragraph by paragraph.
 */
final class SeedDocuments {

    static final LocalDate TIEN_GIANG_ISSUED = LocalDate.of(2024, 7, 18);
    static final LocalDate DONG_THAP_ISSUED = LocalDate.of(2021, 7, 2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedDocuments() {}

    static Plan tienGiang() {
        Plan plan = Fixtures.tienGiangDraft();
        plan.submit("tg-office", Fixtures.JULY_20_2024);
        plan.approve(Fixtures.number(plan, 276, 2024), TIEN_GIANG_ISSUED, null, "tg-approver", Fixtures.JULY_20_2024);
        return plan;
    }

    static Plan dongThap() {
        Plan plan = Fixtures.dongThapDraft();
        OffsetDateTime approving = OffsetDateTime.parse("2021-07-02T10:00:00+07:00");
        plan.submit("dt-office", approving);
        plan.approve(Fixtures.number(plan, 151, 2021), DONG_THAP_ISSUED, null, "dt-approver", approving);
        return plan;
    }

    /** Tiền Giang's agenda gives every item its clock times (the seed's 7:30 to 11:15). */
    static AgendaPublished tienGiangAgenda(String planId) {
        JsonNode items = agenda("tien-giang-276.json").get("items");
        LocalDate day = LocalDate.of(2024, 8, 15);
        List<Slot> slots = new ArrayList<>();
        int number = 1;
        for (JsonNode item : items) {
            // A break the agenda leaves unnumbered takes no number (agenda-service numbers the same way).
            String itemNumber =
                    item.has("numbered") && !item.get("numbered").asBoolean() ? null : String.valueOf(number++);
            slots.add(new Slot(
                    item.get("id").asString(),
                    itemNumber,
                    item.get("content").asString(),
                    item.get("kind").asString(),
                    presenters(item),
                    at(day, LocalTime.parse(item.get("from").asString())),
                    at(day, LocalTime.parse(item.get("to").asString()))));
        }
        return new AgendaPublished(
                planId, 1, slots.getFirst().start(), slots.getLast().end(), slots);
    }

    /**
     * Đồng Tháp's agenda gives lengths only: the times follow from 08:00 as agenda-service's timing engine adds them
     * up (items without a length take no time and print none).
     */
    static AgendaPublished dongThapAgenda(String planId) {
        JsonNode items = agenda("dong-thap-2021.json").get("items");
        OffsetDateTime clock = OffsetDateTime.parse("2021-07-07T08:00:00+07:00");
        List<Slot> slots = new ArrayList<>();
        int number = 1;
        for (JsonNode item : items) {
            int minutes = item.has("minutes")
                    ? item.get("minutes").asInt()
                    : item.has("minutesEach")
                            ? item.get("minutesEach").asInt()
                                    * item.get("contributions").size()
                            : 0;
            OffsetDateTime end = clock.plusMinutes(minutes);
            slots.add(new Slot(
                    item.get("id").asString(),
                    String.valueOf(number++),
                    item.get("content").asString(),
                    item.get("kind").asString(),
                    presenters(item),
                    clock,
                    end));
            clock = end;
        }
        return new AgendaPublished(planId, 1, slots.getFirst().start(), clock, slots);
    }

    static PublishedAgenda copyOf(AgendaPublished published) {
        return new PublishedAgenda(
                published.planId(),
                published.revision(),
                published.sessionStart(),
                published.sessionEnd(),
                published.slots().stream()
                        .map(slot -> new PublishedAgenda.Line(
                                slot.number(),
                                slot.title(),
                                slot.presenters().stream().map(UnitRef::name).toList(),
                                slot.start(),
                                slot.end()))
                        .toList());
    }

    private static List<UnitRef> presenters(JsonNode item) {
        List<UnitRef> presenters = new ArrayList<>();
        if (item.has("presenters")) {
            item.get("presenters")
                    .forEach(p -> presenters.add(new UnitRef(
                            p.has("unit") ? p.get("unit").asString() : null,
                            p.get("name").asString())));
        }
        return presenters;
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    private static JsonNode agenda(String file) {
        try {
            return JSON.readTree(Files.readString(Path.of("..", "demo-data", "agendas", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every paragraph of the body in reading order, table cells row by row, empty paragraphs left out. */
    static List<XWPFParagraph> paragraphs(XWPFDocument docx) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : docx.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return paragraphs.stream().filter(p -> !p.getText().isBlank()).toList();
    }

    static List<String> lines(byte[] docx) {
        try (XWPFDocument document = open(docx)) {
            return paragraphs(document).stream().map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
