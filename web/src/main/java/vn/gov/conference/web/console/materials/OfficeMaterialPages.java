package vn.gov.conference.web.console.materials;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.ConsoleHttp;
import vn.gov.conference.web.console.PlanDocument;
import vn.gov.conference.web.console.Timeline;
import vn.gov.conference.web.console.department.MaterialRequest;

/**
 * The office's materials of one plan: the requests grouped by where they stand, one submission opened (its file
 * downloaded through here, with the person's token), accepted or returned with a reason, and the accepted ones
 * published to the delegates' portal. The API decides every step; its refusals are shown in its own words.
 */
@Controller
@RequestMapping("/console/ke-hoach/{planId}/tai-lieu")
class OfficeMaterialPages {

    private final MaterialsApi api;
    private final ConsoleApi plans;

    OfficeMaterialPages(MaterialsApi api, ConsoleApi plans) {
        this.api = api;
        this.plans = plans;
    }

    @GetMapping
    String list(@PathVariable String planId, Model model) {
        return listPage(planId, null, model);
    }

    @GetMapping("/{requestId}")
    String request(@PathVariable String planId, @PathVariable String requestId, Model model) {
        return requestPage(planId, requestId, null, null, null, model);
    }

    /** The submitted file, streamed from the API with its name and type (the browser has no token of its own). */
    @GetMapping("/{requestId}/tep")
    void file(
            @PathVariable String planId,
            @PathVariable String requestId,
            @RequestParam(name = "phien-ban", required = false) Integer version,
            HttpServletResponse response) {
        MaterialRequest request = api.request(requestId);
        if (request.documentId() == null || !planId.equals(request.planId())) {
            throw new ApiRefusal(404, "not-found", "No submission for material request " + requestId + ".", null);
        }
        api.content(request.documentId(), version, ConsoleHttp.Download.relayTo(response));
    }

    @PostMapping("/{requestId}/chap-nhan")
    String accept(
            @PathVariable String planId,
            @PathVariable String requestId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            MaterialRequest accepted = api.accept(requestId);
            redirect.addFlashAttribute(
                    "done",
                    "Đã chấp nhận: " + accepted.title() + " ("
                            + (accepted.owner() == null ? "" : accepted.owner().name()) + ").");
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 409 && !refusal.aboutInput()) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            return requestPage(planId, requestId, message(refusal), null, null, model);
        }
        return "redirect:/console/ke-hoach/" + planId + "/tai-lieu";
    }

    @PostMapping("/{requestId}/tra-lai")
    String returnForRevision(
            @PathVariable String planId,
            @PathVariable String requestId,
            @RequestParam(name = "comment", required = false) String comment,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            MaterialRequest returned = api.returnForRevision(requestId, comment == null ? "" : comment);
            redirect.addFlashAttribute(
                    "done",
                    "Đã trả lại: " + returned.title() + " ("
                            + (returned.owner() == null ? "" : returned.owner().name()) + "), kèm lý do.");
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 409 && !refusal.aboutInput()) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            return requestPage(planId, requestId, null, message(refusal), comment, model);
        }
        return "redirect:/console/ke-hoach/" + planId + "/tai-lieu";
    }

    /** The checked documents ({@code doc}), each under the agenda item chosen for it ({@code muc-<documentId>}). */
    @PostMapping("/cong-bo")
    String publish(
            @PathVariable String planId,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        List<MaterialsApi.Publication> documents = new ArrayList<>();
        for (String documentId : form.getOrDefault("doc", List.of())) {
            String item = form.getFirst("muc-" + documentId);
            documents.add(new MaterialsApi.Publication(documentId, item == null || item.isBlank() ? null : item));
        }
        if (documents.isEmpty()) {
            response.setStatus(422);
            return listPage(planId, "Chọn ít nhất một tài liệu đã chấp nhận để công bố.", model);
        }
        try {
            api.publish(planId, documents);
            redirect.addFlashAttribute(
                    "done", "Đã công bố " + documents.size() + " tài liệu trên trang tài liệu của đại biểu.");
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 409 && !refusal.aboutInput()) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            return listPage(planId, message(refusal), model);
        }
        return "redirect:/console/ke-hoach/" + planId + "/tai-lieu";
    }

    private String listPage(String planId, String publishError, Model model) {
        PlanDocument plan = plans.plan(planId);
        List<MaterialRequest> requests = api.requests(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("groups", MaterialGroup.of(requests));
        model.addAttribute("total", requests.size());
        model.addAttribute(
                "publishable",
                requests.stream()
                        .filter(request -> "ACCEPTED".equals(request.status()) && request.documentId() != null)
                        .toList());
        model.addAttribute("portal", api.portal(planId));
        model.addAttribute("agendaItems", agendaItems(planId));
        model.addAttribute("publishError", publishError);
        return "console/materials";
    }

    private String requestPage(
            String planId, String requestId, String acceptError, String returnError, String comment, Model model) {
        MaterialRequest request = api.request(requestId);
        if (!planId.equals(request.planId())) {
            throw new ApiRefusal(
                    404, "not-found", "Material request " + requestId + " is not one of plan " + planId + ".", null);
        }
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("request", request);
        model.addAttribute(
                "history",
                request.documentId() == null || request.versions() == 0 ? null : api.history(request.documentId()));
        model.addAttribute("acceptError", acceptError);
        model.addAttribute("returnError", returnError);
        model.addAttribute("comment", comment == null ? "" : comment);
        return "console/material";
    }

    /** The agenda's items to publish under; none (general materials only) while the plan has no agenda. */
    private List<Timeline.Slot> agendaItems(String planId) {
        try {
            return plans.timeline(planId).items();
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 404) {
                throw refusal;
            }
            return List.of();
        }
    }

    /** The API's sentence: the field's message when it names one, its detail otherwise. */
    private static String message(ApiRefusal refusal) {
        return refusal.errors().isEmpty() || refusal.errors().getFirst().message() == null
                ? (refusal.detail() == null ? "Hệ thống không chấp nhận yêu cầu." : refusal.detail())
                : refusal.errors().getFirst().message();
    }
}
