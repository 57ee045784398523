package vn.gov.conference.web.console.department;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.PlanSummary;

/**
 * A department (sở, ngành, địa phương): what its province's plans assign to it, with deadlines and where each stands;
 * one assignment with every version it submitted, what was returned and why; the next version uploaded with a file
 * picker (a plain form; dropping a file on it is a script's convenience). The API judges type and size.
 */
@Controller
@RequestMapping("/console/nhiem-vu")
class DepartmentPages {

    private final DepartmentApi api;
    private final ConsoleApi plans;

    DepartmentPages(DepartmentApi api, ConsoleApi plans) {
        this.api = api;
        this.plans = plans;
    }

    /** Per plan, in the order the API lists them; the requests in the order it gives them (by deadline). */
    record PlanAssignments(PlanSummary plan, List<MaterialRequest> requests) {}

    @GetMapping
    String assignments(Model model) {
        List<PlanAssignments> rows = new ArrayList<>();
        for (PlanSummary plan : plans.plans(null, null, null, null, 0).items()) {
            List<MaterialRequest> requests = api.requests(plan.id());
            if (!requests.isEmpty()) {
                rows.add(new PlanAssignments(plan, requests));
            }
        }
        model.addAttribute("rows", rows);
        return "console/department-assignments";
    }

    @GetMapping("/{requestId}")
    String assignment(@PathVariable String requestId, Model model) {
        return page(requestId, null, model);
    }

    @PostMapping("/{requestId}/nop")
    String submit(
            @PathVariable String requestId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return page(requestId, "Chọn tệp cần nộp.", model);
        }
        try {
            MaterialRequest.Version version = api.submit(requestId, file);
            redirect.addFlashAttribute(
                    "done",
                    "Đã nộp phiên bản " + version.version() + ": " + version.fileName()
                            + (version.late() ? " (nộp muộn)." : "."));
        } catch (ApiRefusal refusal) {
            if (!refusal.answerableInForm()) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            String message =
                    refusal.errors().isEmpty() || refusal.errors().getFirst().message() == null
                            ? refusal.detail()
                            : refusal.errors().getFirst().message();
            return page(requestId, message, model);
        }
        return "redirect:/console/nhiem-vu/" + requestId;
    }

    private String page(String requestId, String fileError, Model model) {
        MaterialRequest request = api.request(requestId);
        model.addAttribute("request", request);
        model.addAttribute(
                "history",
                request.documentId() == null || request.versions() == 0 ? null : api.history(request.documentId()));
        model.addAttribute("fileError", fileError);
        return "console/department-assignment";
    }
}
