package vn.gov.conference.web.console.office;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.PlanDocument;
import vn.gov.conference.web.console.Reference;
import vn.gov.conference.web.console.StaffMember;
import vn.gov.conference.web.console.signed.SignedOriginalPanel;

/**
 * The office (Văn phòng UBND tỉnh): its province's plans, searched without accents and filtered as the API does; a
 * plan with its readiness, what it still lacks and the agenda's timeline; a new plan and every section of a draft in
 * forms that follow the Kế hoạch (each section one merge patch with the plan's ETag, the API's refusals next to their
 * inputs); submit to the approver. A plan's JSON request form can still be uploaded whole.
 */
@Controller
@RequestMapping("/console/ke-hoach")
class OfficePages {

    private static final String SAVE = "luu";

    private final ConsoleApi api;
    private final JsonMapper json;
    private final SignedOriginalPanel signed;

    OfficePages(ConsoleApi api, JsonMapper json, SignedOriginalPanel signed) {
        this.api = api;
        this.json = json;
        this.signed = signed;
    }

    @GetMapping
    String plans(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "nam", required = false) String year,
            @RequestParam(name = "chi-so", required = false) String index,
            Model model) {
        Integer chosenYear = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
        model.addAttribute(
                "found",
                api.plans(
                        VietnameseText.nfcOrNull(status),
                        VietnameseText.nfcOrNull(index),
                        chosenYear,
                        VietnameseText.nfcOrNull(query),
                        0));
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("index", index == null ? "" : index);
        return "console/office-plans";
    }

    // ---------------------------------------------------------------- a new plan

    /** The first page of a new plan: what the API needs to draft one (indices, title, time, format) and the rest of
     * the general section. */
    @GetMapping("/moi")
    String newPlan(Model model) {
        FormValues form = FormValues.empty();
        form.set("indices[0].code", "");
        form.set("indices[0].year", "");
        form.set("time.mode", "tentative");
        return newForm(form, Map.of(), null, model);
    }

    @PostMapping("/moi")
    String create(
            HttpServletRequest request,
            @RequestParam(name = "action", defaultValue = SAVE) String action,
            @AuthenticationPrincipal OidcUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        FormValues form = FormValues.parse(request.getParameterMap());
        if (!action.equals(SAVE)) {
            String focus = rows(PlanSection.CHUNG, form, action);
            return newForm(form, Map.of(), focus, model);
        }
        PlanFormMapping.Patch general = PlanFormMapping.patch(PlanSection.CHUNG, form);
        PlanFormMapping.Patch when = PlanFormMapping.patch(PlanSection.TO_CHUC, form);
        Map<String, String> errors = new LinkedHashMap<>(general.errors());
        errors.putAll(when.errors());
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return newForm(form, errors, null, model);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("province", StaffMember.of(user).province());
        body.putAll(general.body());
        body.putAll(when.body());
        try {
            PlanDocument created = api.create(json.writeValueAsString(body));
            redirect.addFlashAttribute("done", "Đã tạo dự thảo kế hoạch. Tiếp tục nhập từng phần; mỗi phần lưu riêng.");
            return "redirect:/console/ke-hoach/" + created.id() + "/sua/" + PlanSection.MUC_DICH.slug();
        } catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409) {
                throw refusal;
            }
            Map<String, List<Integer>> rows = new LinkedHashMap<>(general.rows());
            rows.putAll(when.rows());
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            return newForm(form, PlanFormMapping.errors(refusal, rows), null, model);
        }
    }

    private String newForm(FormValues form, Map<String, String> errors, String focus, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary(errors, List.of(PlanSection.CHUNG, PlanSection.TO_CHUC), null));
        model.addAttribute("focus", focus);
        model.addAttribute("indexOptions", indexOptions());
        timeOptions(model);
        return "console/office-new-plan";
    }

    @GetMapping("/moi/tep-json")
    String importPlan(Model model) {
        model.addAttribute("errors", Map.of());
        model.addAttribute("json", "");
        return "console/office-import-plan";
    }

    @PostMapping("/moi/tep-json")
    String importPlan(
            @RequestParam(name = "json", required = false) String json,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        String document = file != null && !file.isEmpty()
                ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : json == null ? "" : json;
        if (document.isBlank()) {
            response.setStatus(422);
            model.addAttribute("errors", Map.of("form", "Chọn tệp JSON của kế hoạch hoặc dán nội dung vào ô."));
            model.addAttribute("json", "");
            return "console/office-import-plan";
        }
        try {
            PlanDocument created = api.create(document);
            redirect.addFlashAttribute("done", "Đã tạo dự thảo kế hoạch.");
            return "redirect:/console/ke-hoach/" + created.id();
        } catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 415) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            model.addAttribute("errors", messages(refusal));
            model.addAttribute("json", document);
            return "console/office-import-plan";
        }
    }

    // ---------------------------------------------------------------- a plan and its sections

    @GetMapping("/{planId}")
    String plan(@PathVariable String planId, Model model) {
        return page(api.plan(planId), List.of(), model);
    }

    @GetMapping("/{planId}/sua")
    String edit(@PathVariable String planId) {
        return "redirect:/console/ke-hoach/" + planId + "/sua/" + PlanSection.CHUNG.slug();
    }

    @GetMapping("/{planId}/sua/{section}")
    String section(@PathVariable String planId, @PathVariable("section") String slug, Model model) {
        PlanSection section = section(slug);
        PlanDocument plan = api.plan(planId);
        return sectionForm(plan, section, PlanFormMapping.values(plan), plan.etag(), Map.of(), null, model);
    }

    @PostMapping("/{planId}/sua/{section}")
    String save(
            @PathVariable String planId,
            @PathVariable("section") String slug,
            HttpServletRequest request,
            @RequestParam(name = "etag", required = false) String etag,
            @RequestParam(name = "action", defaultValue = SAVE) String action,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanSection section = section(slug);
        FormValues form = FormValues.parse(request.getParameterMap());
        if (section == PlanSection.PHAN_CONG) {
            PlanFormMapping.giveIds(form);
        }
        if (!action.equals(SAVE)) {
            String focus = rows(section, form, action);
            return sectionForm(api.plan(planId), section, form, etag, Map.of(), focus, model);
        }
        PlanFormMapping.Patch patch = PlanFormMapping.patch(section, form);
        if (!patch.errors().isEmpty()) {
            response.setStatus(422);
            return sectionForm(api.plan(planId), section, form, etag, patch.errors(), null, model);
        }
        try {
            api.revise(planId, etag, patch.body());
        } catch (ApiRefusal refusal) {
            PlanDocument current = api.plan(planId);
            if (refusal.status() == 412 || refusal.status() == 428) {
                response.setStatus(refusal.status());
                return sectionForm(
                        current,
                        section,
                        form,
                        current.etag(),
                        Map.of(
                                PlanFormMapping.FORM,
                                "Kế hoạch vừa được thay đổi ở nơi khác sau khi bạn mở trang này, nên phần này chưa được lưu. "
                                        + "Những gì bạn nhập vẫn còn dưới đây: kiểm tra lại rồi bấm “Lưu” lần nữa để ghi "
                                        + "đè lên bản mới."),
                        null,
                        model);
            }
            if (!refusal.aboutInput() && refusal.status() != 409) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            return sectionForm(
                    current, section, form, etag, PlanFormMapping.errors(refusal, patch.rows()), null, model);
        }
        redirect.addFlashAttribute("done", "Đã lưu phần “" + section.title() + "”.");
        return "redirect:/console/ke-hoach/" + planId + "/sua/" + section.slug();
    }

    /**
     * "Thêm dòng" ({@code them:<list>}) or "Xoá" ({@code xoa:<list>[i]}) on the form as typed, nothing saved; the
     * name of the input to focus when the page comes back.
     */
    private static String rows(PlanSection section, FormValues form, String action) {
        if (action.startsWith("them:")) {
            String list = action.substring("them:".length());
            if (section.hasList(list)) {
                form.add(list, PlanFormMapping.emptyRow(list, form));
                int added = form.size(list) - 1;
                return list + "[" + added + "]" + first(list);
            }
        } else if (action.startsWith("xoa:") && action.endsWith("]")) {
            String row = action.substring("xoa:".length());
            int open = row.lastIndexOf('[');
            String list = row.substring(0, open);
            if (section.hasList(list)
                    && row.substring(open + 1, row.length() - 1).matches("\\d{1,4}")
                    && form.remove(list, Integer.parseInt(row.substring(open + 1, row.length() - 1)))) {
                return "them:" + list;
            }
        }
        return null;
    }

    /** The first input of a new row of the list, which the page focuses. */
    private static String first(String list) {
        String kind = list.replaceAll("\\[\\d+]", "[]");
        return switch (kind) {
            case "indices" -> ".code";
            case "participants.groups" -> ".level";
            case "participants.bridgePoints" -> ".code";
            case "participants.externalGuests" -> ".salutation";
            case "assignments" -> ".owner";
            case "assignments[].deliverables" -> ".kind";
            case "distribution" -> ".text";
            default -> "";
        };
    }

    private String sectionForm(
            PlanDocument plan,
            PlanSection section,
            FormValues form,
            String etag,
            Map<String, String> errors,
            String focus,
            Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("section", section);
        model.addAttribute("sections", PlanSection.values());
        model.addAttribute("filled", filled(plan));
        model.addAttribute("form", form);
        model.addAttribute("etag", etag);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", summary(errors, List.of(section), plan.id()));
        model.addAttribute("focus", focus);
        model.addAttribute("editable", plan.allows("revise"));
        switch (section) {
            case CHUNG -> model.addAttribute("indexOptions", indexOptions());
            case TO_CHUC -> timeOptions(model);
            case THANH_PHAN -> {
                model.addAttribute("units", units(plan, form));
                model.addAttribute("levels", PlanFormMapping.LEVELS);
                model.addAttribute("totals", PlanFormMapping.totals(form));
                Map<String, String> points = new LinkedHashMap<>();
                form.rows("participants.bridgePoints").forEach(point -> {
                    String code = PlanFormMapping.text(point.get("code")).strip();
                    if (!code.isEmpty()) {
                        points.put(
                                code,
                                code + " — "
                                        + PlanFormMapping.text(point.get("name"))
                                                .strip());
                    }
                });
                model.addAttribute("bridgePoints", points);
            }
            case KINH_PHI -> model.addAttribute("units", units(plan, form));
            case PHAN_CONG -> {
                List<Reference.Unit> units = units(plan, form);
                model.addAttribute("units", units);
                model.addAttribute("kinds", PlanFormMapping.DELIVERABLES);
                Map<String, String> names = new LinkedHashMap<>();
                units.forEach(unit -> names.put(unit.code(), unit.name()));
                Map<String, String> steps = new LinkedHashMap<>();
                List<Map<String, Object>> rows = form.rows("assignments");
                for (int i = 0; i < rows.size(); i++) {
                    String id = PlanFormMapping.text(rows.get(i).get("id")).strip();
                    String owner =
                            PlanFormMapping.text(rows.get(i).get("owner")).strip();
                    String task = PlanFormMapping.text(rows.get(i).get("task")).strip();
                    if (!id.isEmpty()) {
                        steps.put(
                                id,
                                "Nhiệm vụ " + (i + 1) + (owner.isEmpty() ? "" : ": " + names.getOrDefault(owner, owner))
                                        + (task.isEmpty()
                                                ? ""
                                                : " — " + (task.length() > 60 ? task.substring(0, 60) + "…" : task)));
                    }
                }
                model.addAttribute("steps", steps);
            }
            case KET_THUC -> model.addAttribute("units", units(plan, form));
            default -> {}
        }
        return "console/office-plan-section";
    }

    /**
     * The units a plan of its province may name on its day (the conference's first day; today when it has no time
     * yet), with any code already on the form that is not among them, so that it comes back as typed.
     */
    private List<Reference.Unit> units(PlanDocument plan, FormValues form) {
        LocalDate on = plan.time() == null
                ? null
                : plan.time().exact() && plan.time().start() != null
                        ? plan.time()
                                .start()
                                .atZoneSameInstant(VietnamTime.ZONE)
                                .toLocalDate()
                        : plan.time().windowStart();
        List<Reference.Unit> units = new ArrayList<>(api.units(plan.province(), on));
        List<String> known = units.stream().map(Reference.Unit::code).toList();
        List<String> typed = new ArrayList<>();
        collectCodes(form.tree(), typed);
        typed.stream()
                .filter(code -> !known.contains(code))
                .distinct()
                .forEach(code -> units.add(new Reference.Unit(
                        code, code + " (không có trong danh mục ngày này)", null, null, null, false)));
        return units;
    }

    /** The inputs that hold a unit's code, alone or as a list. */
    private static final List<String> UNIT_INPUTS =
            List.of("unit", "host", "managedBy", "owner", "recipient", "collaborators", "units");

    private static void collectCodes(Object node, List<String> codes) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (UNIT_INPUTS.contains(key) && value instanceof String code && !code.isBlank()) {
                    codes.add(code.strip());
                } else if (UNIT_INPUTS.contains(key) && value instanceof List<?> list) {
                    list.stream()
                            .filter(String.class::isInstance)
                            .map(code -> ((String) code).strip())
                            .filter(code -> !code.isEmpty())
                            .forEach(codes::add);
                } else {
                    collectCodes(value, codes);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectCodes(value, codes));
        }
    }

    private static void timeOptions(Model model) {
        model.addAttribute("formats", PlanFormMapping.FORMATS);
        model.addAttribute("timeModes", PlanFormMapping.TIME_MODES);
        model.addAttribute("quarters", PlanFormMapping.QUARTERS);
        model.addAttribute("months", PlanFormMapping.MONTHS);
    }

    private Map<String, String> indexOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        api.indices().forEach(index -> options.put(index.code(), index.label()));
        return options;
    }

    private static Map<PlanSection, Boolean> filled(PlanDocument plan) {
        Map<PlanSection, Boolean> filled = new LinkedHashMap<>();
        for (PlanSection section : PlanSection.values()) {
            filled.put(section, PlanFormMapping.filled(section, plan));
        }
        return filled;
    }

    /** One line of the error summary: where, in words, and the link to the input (on this page or another). */
    public record Problem(String name, String where, String message, String href) {}

    private static List<Problem> summary(Map<String, String> errors, List<PlanSection> here, String planId) {
        List<Problem> problems = new ArrayList<>();
        errors.forEach((name, message) -> {
            PlanSection holder = PlanSection.holding(name).orElse(null);
            String anchor = name.equals(PlanFormMapping.FORM) ? "#noi-dung" : "#" + FormValues.id(name);
            String href = holder == null || here.contains(holder) || planId == null
                    ? anchor
                    : "/console/ke-hoach/" + planId + "/sua/" + holder.slug() + anchor;
            String where = holder == null || here.contains(holder)
                    ? PlanFormMapping.describe(name)
                    : holder.title() + " › " + PlanFormMapping.describe(name);
            problems.add(new Problem(name, where, message, href));
        });
        return problems;
    }

    // ---------------------------------------------------------------- submit

    @PostMapping("/{planId}/trinh")
    String submit(
            @PathVariable String planId,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            api.submit(planId, etag);
            redirect.addFlashAttribute("done", "Đã trình kế hoạch để lãnh đạo phê duyệt.");
        } catch (ApiRefusal refusal) {
            if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 412) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            model.addAttribute("failed", "submit");
            Map<String, String> errors = PlanFormMapping.errors(refusal, Map.of());
            return page(api.plan(planId), summary(errors, List.of(), planId), model);
        }
        return "redirect:/console/ke-hoach/" + planId;
    }

    private String page(PlanDocument plan, List<Problem> refused, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("decider", "OFFICE");
        model.addAttribute("back", "/console/ke-hoach");
        model.addAttribute("backLabel", "Kế hoạch của tỉnh");
        model.addAttribute("readiness", api.readiness(plan.id()));
        model.addAttribute("sections", PlanSection.values());
        model.addAttribute("filled", filled(plan));
        model.addAttribute("missing", PlanFormMapping.missing(plan));
        model.addAttribute("refused", refused);
        try {
            model.addAttribute("timeline", api.timeline(plan.id()));
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 404) {
                throw refusal;
            }
            model.addAttribute("noAgenda", "Chưa có chương trình hội nghị cho kế hoạch này.");
        }
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", Map.of());
        signed.addTo(model, plan, "/console/ke-hoach/" + plan.id());
        return "console/plan";
    }

    private static PlanSection section(String slug) {
        return PlanSection.of(slug)
                .orElseThrow(
                        () -> new ApiRefusal(404, "not-found", "Kế hoạch không có phần “" + slug + "”.", List.of()));
    }

    /** Each message of the API's refusal, keyed by the field it names, in its own words. */
    private static Map<String, String> messages(ApiRefusal refusal) {
        Map<String, String> messages = new LinkedHashMap<>();
        refusal.errors()
                .forEach(error -> messages.merge(
                        error.field() == null ? "form" : error.field(),
                        (error.field() == null ? "" : error.field() + ": ") + error.message(),
                        (a, b) -> a + " " + b));
        if (messages.isEmpty()) {
            messages.put("form", refusal.detail() == null ? "Hệ thống không chấp nhận yêu cầu." : refusal.detail());
        }
        return messages;
    }
}
