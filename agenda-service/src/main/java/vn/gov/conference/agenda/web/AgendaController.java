package vn.gov.conference.agenda.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.agenda.Agenda;
import vn.gov.conference.agenda.AgendaService;
import vn.gov.conference.agenda.PlanFacts;
import vn.gov.conference.agenda.print.AgendaHeading;
import vn.gov.conference.agenda.print.AgendaPrinter;
import vn.gov.conference.agenda.programme.AgendaForm;
import vn.gov.conference.agenda.programme.AgendaRuleViolation;
import vn.gov.conference.agenda.programme.Programme;
import vn.gov.conference.agenda.room.RoomSchedule;
import vn.gov.conference.agenda.web.AgendaViews.AgendaView;
import vn.gov.conference.agenda.web.AgendaViews.RevisionView;
import vn.gov.conference.agenda.web.AgendaViews.TimelineView;
import vn.gov.conference.document.PdfWriter;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.web.InvalidInputException;
import vn.gov.conference.platform.web.PreconditionFailedException;

/** The agenda of one plan: its content, its computed timeline, its publication and revisions, its printout. */
@RestController
@RequestMapping("/api/plans/{planId}/agenda")
class AgendaController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final AgendaService agendas;
    private final RoomSchedule rooms;
    private final RenderSlots renders;

    AgendaController(AgendaService agendas, RoomSchedule rooms, RenderSlots renders) {
        this.agendas = agendas;
        this.rooms = rooms;
        this.renders = renders;
    }

    @GetMapping
    ResponseEntity<AgendaView> read(@PathVariable String planId, Caller caller) {
        return answer(agendas.read(planId, caller));
    }

    @PutMapping
    ResponseEntity<AgendaView> replace(
            @PathVariable String planId,
            @RequestBody AgendaForm body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Caller caller) {
        Programme programme;
        try {
            programme = body.toProgramme();
        } catch (AgendaRuleViolation violation) {
            throw new InvalidInputException(violation.field(), "agenda-rule", violation.getMessage());
        }
        return answer(agendas.edit(planId, programme, version(ifMatch), caller));
    }

    @PostMapping("/publish")
    ResponseEntity<AgendaView> publish(@PathVariable String planId, Caller caller) {
        return answer(agendas.publish(planId, caller));
    }

    @GetMapping("/timeline")
    TimelineView timeline(@PathVariable String planId, Caller caller) {
        Agenda agenda = agendas.read(planId, caller);
        return TimelineView.of(agenda, rooms.conflictsOf(planId));
    }

    @GetMapping("/revisions")
    List<RevisionView> revisions(@PathVariable String planId, Caller caller) {
        return agendas.read(planId, caller).revisions().stream()
                .map(RevisionView::of)
                .toList();
    }

    /** The printable agenda in Vietnamese: HTML, or PDF with {@code ?format=pdf}. */
    @GetMapping("/print")
    ResponseEntity<byte[]> print(
            @PathVariable String planId, @RequestParam(defaultValue = "html") String format, Caller caller) {
        if (!format.equals("html") && !format.equals("pdf")) {
            throw new InvalidInputException("format", "format", "The printout is html or pdf.");
        }
        Agenda agenda = agendas.read(planId, caller);
        String html = AgendaPrinter.html(
                heading(agenda), agenda.timeline(), agenda.programme().note());
        if (format.equals("html")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .body(html.getBytes(StandardCharsets.UTF_8));
        }
        ContentDisposition disposition = ContentDisposition.inline()
                .filename("Chương trình hội nghị.pdf", StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(renders.render("agenda's PDF", () -> PdfWriter.render(html)));
    }

    private static AgendaHeading heading(Agenda agenda) {
        PlanFacts plan = agenda.plan();
        return new AgendaHeading(
                plan.title(),
                plan.documentNumber(),
                plan.issuedOnDate().orElse(null),
                plan.issuerName(),
                plan.day().orElse(null),
                plan.timeLabel(),
                plan.venue(),
                agenda.revision(),
                agenda.isPublished() ? VietnamTime.at(agenda.latest().at()) : null);
    }

    private static ResponseEntity<AgendaView> answer(Agenda agenda) {
        return ResponseEntity.ok().eTag("\"" + agenda.version() + "\"").body(AgendaView.of(agenda));
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        try {
            return Long.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new PreconditionFailedException("If-Match must be an ETag this service gave, such as \"3\".");
        }
    }
}
