package vn.gov.conference.web.console.office;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import vn.gov.conference.web.console.PlanDocument;

/**
 * The office (Văn phòng UBND tỉnh): its province's plans, searched without accents and filtered as the API does; a
 * plan with its readiness and the agenda's timeline as agenda-service computes it; submit to the approver; and, until
 * the forms of every section exist, a new plan from its JSON request form (a file or pasted).
 */
@Controller
@RequestMapping("/console/ke-hoach")
class OfficePages {

    private final ConsoleApi api;

    OfficePages(ConsoleApi api) {
        this.api = api;
    }

    @GetMapping
    String plans(@RequestParam(name = "q", required = false) String query,
                 @RequestParam(name = "trang-thai", required = false) String status,
                 @RequestParam(name = "nam", required = false) String year,
                 @RequestParam(name = "chi-so", required = false) String index, Model model) {
        Integer chosenYear = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
        model.addAttribute("found", api.plans(blank(status), blank(index), chosenYear, blank(query), 0));
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("index", index == null ? "" : index);
        return "console/office-plans";
    }

    @GetMapping("/moi")
    String newPlan(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("json", "");
        return "console/office-new-plan";
    }

    @PostMapping("/moi")
    String create(@RequestParam(name = "json", required = false) String json,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        String document = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : json == null ? "" : json;
        if (document.isBlank()) {
            response.setStatus(422);
            model.addAttribute("errors", Map.of("form", "Chọn tệp JSON của kế hoạch hoặc dán nội dung vào ô."));
            model.addAttribute("json", "");
            return "console/office-new-plan";
        }
        try {
            PlanDocument created = api.create(document);
            redirect.addFlashAttribute("done", "Đã tạo dự thảo kế hoạch.");
            return "redirect:/console/ke-hoach/" + created.id();
        }
        catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 415) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            model.addAttribute("errors", messages(refusal));
            model.addAttribute("json", document);
            return "console/office-new-plan";
        }
    }

    @GetMapping("/{planId}")
    String plan(@PathVariable String planId, Model model) {
        return page(api.plan(planId), Map.of(), model);
    }

    @GetMapping("/{planId}/sua")
    String edit(@PathVariable String planId, Model model) {
        PlanDocument plan = api.plan(planId);
        return form(plan, PlanForm.of(plan), plan.etag(), Map.of(), model);
    }

    @PostMapping("/{planId}/sua")
    String revise(@PathVariable String planId, PlanForm form, @RequestParam(required = false) String etag,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> patch = form.patch(errors);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return form(api.plan(planId), form, etag, errors, model);
        }
        try {
            api.revise(planId, etag, patch);
            redirect.addFlashAttribute("done", "Đã lưu nội dung kế hoạch.");
        }
        catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 412
                    && refusal.status() != 428) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            Map<String, String> byField = new LinkedHashMap<>();
            refusal.errors().forEach(error -> byField.merge(PlanForm.field(error.field()), error.message(),
                    (a, b) -> a + " " + b));
            if (byField.isEmpty()) {
                byField.put("form", refusal.detail());
            }
            return form(api.plan(planId), form, etag, byField, model);
        }
        return "redirect:/console/ke-hoach/" + planId;
    }

    private static String form(PlanDocument plan, PlanForm form, String etag, Map<String, String> errors,
                               Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("etag", etag);
        model.addAttribute("errors", errors);
        return "console/office-edit-plan";
    }

    @PostMapping("/{planId}/trinh")
    String submit(@PathVariable String planId, @RequestParam(required = false) String etag, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        try {
            api.submit(planId, etag);
            redirect.addFlashAttribute("done", "Đã trình kế hoạch để lãnh đạo phê duyệt.");
        }
        catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 412) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            model.addAttribute("failed", "submit");
            return page(api.plan(planId), messages(refusal), model);
        }
        return "redirect:/console/ke-hoach/" + planId;
    }

    private String page(PlanDocument plan, Map<String, String> errors, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("decider", "OFFICE");
        model.addAttribute("back", "/console/ke-hoach");
        model.addAttribute("backLabel", "Kế hoạch của tỉnh");
        model.addAttribute("readiness", api.readiness(plan.id()));
        try {
            model.addAttribute("timeline", api.timeline(plan.id()));
        }
        catch (ApiRefusal refusal) {
            if (refusal.status() != 404) {
                throw refusal;
            }
            model.addAttribute("noAgenda", "Chưa có chương trình hội nghị cho kế hoạch này.");
        }
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", errors);
        return "console/plan";
    }

    /** Each message of the API's refusal, keyed by the field it names, in its own words. */
    private static Map<String, String> messages(ApiRefusal refusal) {
        Map<String, String> messages = new LinkedHashMap<>();
        refusal.errors().forEach(error -> messages.merge(error.field() == null ? "form" : error.field(),
                (error.field() == null ? "" : error.field() + ": ") + error.message(), (a, b) -> a + " " + b));
        if (messages.isEmpty()) {
            messages.put("form", refusal.detail() == null ? "Hệ thống không chấp nhận yêu cầu." : refusal.detail());
        }
        return messages;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
