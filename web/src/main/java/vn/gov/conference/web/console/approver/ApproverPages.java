package vn.gov.conference.web.console.approver;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.PlanDocument;
import vn.gov.conference.web.console.signed.SignedOriginalPanel;

/**
 * The approver (lãnh đạo UBND tỉnh): the plans waiting for them, each read as the document it will be, and the
 * three decisions — approve with the register's number (or one reserved), return with what to correct, fix the exact
 * time. Plain forms (POST, then a redirect to the plan); a refusal comes back with the API's words next to the field.
 */
@Controller
@RequestMapping("/console/phe-duyet")
class ApproverPages {

    private final ConsoleApi api;
    private final SignedOriginalPanel signed;

    ApproverPages(ConsoleApi api, SignedOriginalPanel signed) {
        this.api = api;
        this.signed = signed;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("submitted", api.plans("SUBMITTED", null, null, null, 0));
        model.addAttribute("approved", api.plans("APPROVED", null, null, null, 0));
        return "console/approver-queue";
    }

    @GetMapping("/{planId}")
    String plan(@PathVariable String planId, Model model) {
        return page(api.plan(planId), Map.of(), Map.of(), model);
    }

    @PostMapping("/{planId}/phe-duyet")
    String approve(
            @PathVariable String planId,
            @RequestParam(required = false) String etag,
            @RequestParam(required = false) String issuedOn,
            @RequestParam(required = false) String number,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("failed", "approve");
        Map<String, String> typed = Map.of("issuedOn", text(issuedOn), "number", text(number));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date(issuedOn, "issuedOn", errors);
        Integer reserved = number(number, errors);
        if (!errors.isEmpty()) {
            return refused(planId, typed, errors, model, response, 400);
        }
        try {
            PlanDocument approved = api.approve(planId, etag, day, reserved);
            redirect.addFlashAttribute("done", "Đã phê duyệt và ban hành kế hoạch số " + approved.numberText() + ".");
        } catch (ApiRefusal refusal) {
            return refused(planId, typed, refusal, model, response);
        }
        return "redirect:/console/phe-duyet/" + planId;
    }

    @PostMapping("/{planId}/tra-lai")
    String returnForCorrection(
            @PathVariable String planId,
            @RequestParam(required = false) String etag,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("failed", "return");
        Map<String, String> typed = Map.of("reason", text(reason));
        try {
            api.returnForCorrection(planId, etag, reason == null ? "" : reason.strip());
            redirect.addFlashAttribute("done", "Đã trả lại kế hoạch cho Văn phòng để chỉnh sửa.");
        } catch (ApiRefusal refusal) {
            return refused(planId, typed, refusal, model, response);
        }
        return "redirect:/console/phe-duyet/" + planId;
    }

    @PostMapping("/{planId}/lich")
    String schedule(
            @PathVariable String planId,
            @RequestParam(required = false) String etag,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String time,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("failed", "schedule");
        Map<String, String> typed = Map.of("day", text(day), "time", text(time));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = date(day, "day", errors);
        LocalTime clock = time(time, errors);
        if (date == null && !errors.containsKey("day")) {
            errors.put("day", "Chọn ngày tổ chức.");
        }
        if (clock == null && !errors.containsKey("time")) {
            errors.put("time", "Chọn giờ bắt đầu.");
        }
        if (!errors.isEmpty()) {
            return refused(planId, typed, errors, model, response, 400);
        }
        OffsetDateTime start = date.atTime(clock).atZone(VietnamTime.ZONE).toOffsetDateTime();
        try {
            api.schedule(planId, etag, start);
            redirect.addFlashAttribute("done", "Đã chốt thời gian: " + VietnameseDates.full(start) + ".");
        } catch (ApiRefusal refusal) {
            return refused(planId, typed, refusal, model, response);
        }
        return "redirect:/console/phe-duyet/" + planId;
    }

    private String refused(
            String planId, Map<String, String> typed, ApiRefusal refusal, Model model, HttpServletResponse response) {
        if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 412) {
            throw refusal;
        }
        return refused(planId, typed, FormErrors.of(refusal), model, response, refusal.status());
    }

    private String refused(
            String planId,
            Map<String, String> typed,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response,
            int status) {
        response.setStatus(status == 400 ? 422 : status);
        return page(api.plan(planId), typed, errors, model);
    }

    private String page(PlanDocument plan, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("decider", "APPROVER");
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        signed.addTo(model, plan, "/console/phe-duyet/" + plan.id());
        return "console/plan";
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException ex) {
            errors.put(field, "Ngày không hợp lệ: nhập theo dạng năm-tháng-ngày, ví dụ 2024-08-08.");
            return null;
        }
    }

    private static LocalTime time(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException ex) {
            errors.put("time", "Giờ không hợp lệ: nhập theo dạng giờ:phút, ví dụ 07:30.");
            return null;
        }
    }

    private static Integer number(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException ex) {
            errors.put("number", "Số văn bản là một số nguyên, ví dụ 276.");
            return null;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
