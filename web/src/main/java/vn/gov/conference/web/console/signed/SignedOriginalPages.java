package vn.gov.conference.web.console.signed;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleHttp;

/**
 * The signed original (bản gốc đã ký) of an approved plan: the office attaches the scanned, signed PDF from the plan's
 * page (a later one replaces it), and whoever reads the plan in the console (office, approver, central agency) sees its
 * number, date, size and SHA-256 and downloads it through the console, which holds the person's token. The API decides
 * who may and what it takes (a PDF, within the size limit, once the plan is approved); a refusal is said on the plan's
 * page, next to the form, with what to do ({@link #message}). The form is {@link SignedOriginalPanel}'s.
 */
@Controller
class SignedOriginalPages {

    private final SignedOriginalApi api;

    SignedOriginalPages(SignedOriginalApi api) {
        this.api = api;
    }

    @PostMapping("/console/ke-hoach/{planId}/ban-goc")
    String attach(
            @PathVariable String planId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("signedError", "Chọn tệp PDF bản gốc đã ký.");
            return "redirect:/console/ke-hoach/" + planId + "#ban-goc";
        }
        try {
            SignedOriginal attached = api.attach(planId, file);
            redirect.addFlashAttribute("done", "Đã lưu bản gốc đã ký: " + attached.fileName() + ".");
        } catch (ApiRefusal refusal) {
            if (!refusal.answerableInForm()) {
                throw refusal;
            }
            redirect.addFlashAttribute("signedError", message(refusal));
        }
        return "redirect:/console/ke-hoach/" + planId + "#ban-goc";
    }

    /** The PDF, streamed from the API with its name and type (the browser has no token of its own). */
    @GetMapping({
        "/console/ke-hoach/{planId}/ban-goc.pdf",
        "/console/phe-duyet/{planId}/ban-goc.pdf",
        "/console/toan-quoc/ke-hoach/{planId}/ban-goc.pdf"
    })
    void file(@PathVariable String planId, HttpServletResponse response) {
        api.content(planId, ConsoleHttp.Download.relayTo(response));
    }

    /** What the office can do about a refusal, in Vietnamese; the API's own sentence for anything else. */
    static String message(ApiRefusal refusal) {
        if (refusal.status() == 415) {
            return "Bản gốc đã ký phải là tệp PDF (bản quét văn bản đã ký, đóng dấu). Hãy chọn tệp PDF.";
        }
        if (refusal.status() == 413) {
            return "Tệp vượt quá dung lượng cho phép. Hãy quét lại với độ phân giải thấp hơn rồi tải lên.";
        }
        if ("not-approved".equals(refusal.rule())) {
            return "Kế hoạch chưa được phê duyệt: bản gốc đã ký được đính kèm sau khi phê duyệt.";
        }
        if ("cancelled".equals(refusal.rule())) {
            return "Kế hoạch đã bị hủy: không đính kèm bản gốc.";
        }
        if (!refusal.errors().isEmpty() && refusal.errors().getFirst().message() != null) {
            return refusal.errors().getFirst().message();
        }
        return refusal.detail() == null ? "Hệ thống không nhận tệp này." : refusal.detail();
    }
}
