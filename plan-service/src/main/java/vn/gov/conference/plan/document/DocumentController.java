package vn.gov.conference.plan.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanService;
import vn.gov.conference.platform.render.RenderSlots;
import vn.gov.conference.platform.security.Caller;

/** {@code /api/plans/{id}/document}: the Kế hoạch as the file its issuer signs, to whoever may read the plan. */
@RestController
@Tag(name = "Plans", description = "Kế hoạch: drafting, approval and numbering, scheduling, amendment")
class DocumentController {

    private final PlanService plans;
    private final AgendaCopies agendas;
    private final RenderSlots renders;

    DocumentController(PlanService plans, AgendaCopies agendas, RenderSlots renders) {
        this.plans = plans;
        this.agendas = agendas;
        this.renders = renders;
    }

    @GetMapping("/api/plans/{id}/document")
    @Operation(
            summary = "The plan as an official document (Nghị định 30/2020 layout) with its published agenda as "
                    + "the annex: format=docx or pdf (default)")
    ResponseEntity<byte[]> document(
            @PathVariable String id, @RequestParam(required = false) String format, Caller caller) {
        DocumentFormat wanted = DocumentFormat.of(format);
        Plan plan = plans.get(id, caller);
        byte[] file = renders.render(
                "plan's document",
                () -> wanted.write(PlanDocuments.of(plan, agendas.of(plan.id().value()))));
        return ResponseEntity.ok()
                .contentType(wanted.mediaType())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(plan) + "." + wanted.extension(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file);
    }

    /** "ke-hoach-276-KH-UBND", or "ke-hoach-du-thao-<id>" before it has a number. */
    static String fileName(Plan plan) {
        return plan.number() != null
                ? "ke-hoach-" + plan.number().text().replace('/', '-')
                : "ke-hoach-du-thao-" + plan.id().value();
    }
}
