package vn.gov.conference.web.console.invitations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.PlanDocument;

/**
 * The office's invitations of one plan: import invitees from a CSV file (in whatever encoding Excel saved it: the API
 * decides) or an .xlsx workbook (turned into the same CSV here); the table of invitees and their answers, filtered by
 * answer (the API's filter), searched without accents (the API's search) and by unit; reminders to the ones chosen,
 * with what the API did for each.
 */
@Controller
@RequestMapping("/console/ke-hoach/{planId}/giay-moi")
class OfficeInvitationPages {

    private static final Map<String, String> SKIPPED = Map.of(
            "already-answered", "đã trả lời",
            "already-reminded", "đã được nhắc lần này",
            "no-address", "không có địa chỉ email",
            "not-found", "không thuộc hội nghị này");

    private final InvitationsApi api;
    private final ConsoleApi plans;

    OfficeInvitationPages(InvitationsApi api, ConsoleApi plans) {
        this.api = api;
        this.plans = plans;
    }

    /** The table's counts by answer, over every invitation of the plan (the filter does not change them). */
    record Count(String status, String name, long count) {}

    @GetMapping
    String list(
            @PathVariable String planId,
            @RequestParam(name = "tra-loi", required = false) String status,
            @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(name = "q", required = false) String query,
            Model model) {
        return page(
                planId,
                VietnameseText.nfcOrNull(status),
                VietnameseText.nfcOrNull(unit),
                VietnameseText.nfcOrNull(query),
                model);
    }

    @PostMapping("/nhap")
    String importFile(
            @PathVariable String planId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response)
            throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("importError", "Chọn tệp danh sách đại biểu (.csv hoặc .xlsx).");
            return page(planId, null, null, null, model);
        }
        byte[] bytes = file.getBytes();
        byte[] csv;
        String contentType;
        if (InviteeSheet.isXlsx(bytes)) {
            try {
                csv = InviteeSheet.toCsv(bytes);
            } catch (InviteeSheet.Unreadable unreadable) {
                response.setStatus(422);
                model.addAttribute("importError", unreadable.getMessage());
                return page(planId, null, null, null, model);
            }
            contentType = "text/csv;charset=UTF-8";
        } else {
            // As saved: the API recognises UTF-8, Windows-1258 (Excel's "CSV" on Vietnamese Windows) and UTF-16.
            csv = bytes;
            contentType = "text/csv";
        }
        try {
            InvitationsApi.Imported imported = api.importCsv(planId, csv, contentType);
            redirect.addFlashAttribute(
                    "done",
                    "Đã nhập " + file.getOriginalFilename() + ": mời thêm " + imported.issued() + ", "
                            + imported.alreadyInvited() + " đã được mời từ trước.");
        } catch (ApiRefusal refusal) {
            if (!refusal.aboutInput()
                    && refusal.status() != 409
                    && refusal.status() != 413
                    && refusal.status() != 415) {
                throw refusal;
            }
            response.setStatus(refusal.status() == 400 ? 422 : refusal.status());
            model.addAttribute(
                    "importError", refusal.detail() == null ? "Hệ thống không nhận tệp này." : refusal.detail());
            model.addAttribute(
                    "importLines",
                    refusal.errors().stream()
                            .map(error -> line(error.field()) + error.message())
                            .toList());
            return page(planId, null, null, null, model);
        }
        return "redirect:/console/ke-hoach/" + planId + "/giay-moi";
    }

    @PostMapping("/nhac")
    String remind(
            @PathVariable String planId,
            @RequestParam(name = "id", required = false) List<String> ids,
            @RequestParam(name = "tra-loi", required = false) String status,
            @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "cle", required = false) String key,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (ids == null || ids.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("remindError", "Chọn ít nhất một đại biểu để gửi nhắc.");
            return page(
                    planId,
                    VietnameseText.nfcOrNull(status),
                    VietnameseText.nfcOrNull(unit),
                    VietnameseText.nfcOrNull(query),
                    model);
        }
        Map<String, String> names = new LinkedHashMap<>();
        api.invitations(planId, null, null).forEach(invitation -> names.put(invitation.id(), invitation.addressee()));
        InvitationsApi.Reminded reminded = api.remind(planId, ids, VietnameseText.nfcOrNull(key));
        List<String> lines = new ArrayList<>();
        if (!reminded.queued().isEmpty()) {
            lines.add("Đã gửi nhắc " + reminded.queued().size() + " đại biểu: "
                    + String.join(
                            ", ",
                            reminded.queued().stream()
                                    .map(id -> names.getOrDefault(id, id))
                                    .toList())
                    + ".");
        }
        reminded.skipped()
                .forEach(skipped ->
                        lines.add("Không nhắc " + names.getOrDefault(skipped.invitationId(), skipped.invitationId())
                                + ": " + SKIPPED.getOrDefault(skipped.reason(), skipped.reason()) + "."));
        redirect.addFlashAttribute("reminded", lines);
        // Back to the whole table, without the filter in the address: a flash attribute is kept only for an address
        // whose query matches the one it was saved for, and a proxy may re-encode a query ("%20" as "+").
        return "redirect:/console/ke-hoach/" + planId + "/giay-moi";
    }

    @GetMapping("/mau.csv")
    ResponseEntity<byte[]> templateCsv() {
        return download(
                InviteeSheet.templateCsv(),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "danh-sach-dai-bieu-mau.csv");
    }

    @GetMapping("/mau.xlsx")
    ResponseEntity<byte[]> templateXlsx() {
        return download(
                InviteeSheet.templateXlsx(),
                MediaType.parseMediaType(InviteeSheet.XLSX),
                "danh-sach-dai-bieu-mau.xlsx");
    }

    private String page(String planId, String status, String unit, String query, Model model) {
        PlanDocument plan = plans.plan(planId);
        List<Invitation> all = api.invitations(planId, null, null);
        List<Invitation> shown = status == null && query == null ? all : api.invitations(planId, status, query);
        if (unit != null) {
            shown = shown.stream()
                    .filter(invitation -> unit.equals(invitation.affiliation()))
                    .toList();
        }
        List<Count> counts = new ArrayList<>();
        Invitation.STATUSES.forEach((code, name) -> {
            long count = all.stream()
                    .filter(invitation -> code.equals(invitation.status()))
                    .count();
            if (count > 0) {
                counts.add(new Count(code, name, count));
            }
        });
        TreeSet<String> units = new TreeSet<>(java.text.Collator.getInstance(Locale.forLanguageTag("vi")));
        all.stream()
                .map(Invitation::affiliation)
                .filter(name -> !name.isEmpty())
                .forEach(units::add);
        model.addAttribute("plan", plan);
        model.addAttribute("total", all.size());
        model.addAttribute("counts", counts);
        model.addAttribute("units", units);
        model.addAttribute("statuses", Invitation.STATUSES);
        model.addAttribute("invitations", shown);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("unit", unit == null ? "" : unit);
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("columns", InviteeSheet.COLUMNS);
        // One key per page shown: the same form sent twice reminds nobody twice (the API's Idempotency-Key).
        model.addAttribute("reminderKey", java.util.UUID.randomUUID().toString());
        return "console/invitations";
    }

    /** "line 3.email" (the API's field of a CSV line) as the office reads it: "Dòng 3 (email): ". */
    private static String line(String field) {
        if (field == null) {
            return "";
        }
        java.util.regex.Matcher matcher =
                java.util.regex.Pattern.compile("^line (\\d+)(?:\\.(.+))?$").matcher(field);
        if (!matcher.matches()) {
            return field + ": ";
        }
        return "Dòng " + matcher.group(1) + (matcher.group(2) == null ? "" : " (" + matcher.group(2) + ")") + ": ";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
