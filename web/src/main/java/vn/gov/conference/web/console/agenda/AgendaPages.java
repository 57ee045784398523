package vn.gov.conference.web.console.agenda;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.agenda.AgendaDocument.Item;

/**
 * The office's agenda editor. Every change (an item saved, added, moved or removed, the session's times, publication)
 * is one call to agenda-service with the ETag of the agenda the person read; the page then shows the timeline the
 * service computed beside the items, with its warnings next to the items they concern. Plain forms: every button
 * submits, nothing needs JavaScript. Under {@code /console/ke-hoach/**}, so only the office reaches it.
 */
@Controller
@RequestMapping("/console/ke-hoach/{planId}/chuong-trinh")
class AgendaPages {

    private static final String CHANGED =
            "Chương trình vừa được lưu ở nơi khác sau khi bạn mở trang. Nội dung bạn nhập "
                    + "vẫn còn dưới đây; kiểm tra lại rồi lưu một lần nữa.";

    private final AgendaApi api;

    AgendaPages(AgendaApi api) {
        this.api = api;
    }

    @GetMapping
    String editor(@PathVariable String planId, Model model, HttpServletResponse response) {
        AgendaDocument agenda;
        try {
            agenda = api.agenda(planId);
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 404) {
                throw refusal;
            }
            response.setStatus(404);
            model.addAttribute("planId", planId);
            model.addAttribute("detail", refusal.detail());
            return "console/agenda-missing";
        }
        return editor(agenda, null, Map.of(), null, model);
    }

    @PostMapping("/chung")
    String session(
            @PathVariable String planId,
            SessionForm form,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AgendaDocument agenda = api.agenda(planId);
        try {
            api.replace(planId, etag, form.applyTo(agenda));
        } catch (ApiRefusal refusal) {
            Map<String, String> errors = sessionErrors(editable(refusal), response);
            return editor(fresh(refusal, agenda), form, errors, null, model);
        }
        redirect.addFlashAttribute("done", "Đã lưu giờ bắt đầu, giờ dự kiến kết thúc và ghi chú.");
        return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh";
    }

    @GetMapping("/them")
    String addForm(
            @PathVariable String planId, @RequestParam(name = "sau", required = false) String after, Model model) {
        AgendaDocument agenda = api.agenda(planId);
        String position = after != null
                ? after
                : agenda.items().isEmpty() ? "" : agenda.items().getLast().id();
        return itemPage(agenda, null, ItemForm.empty(position), Map.of(), model);
    }

    @PostMapping("/them")
    String add(
            @PathVariable String planId,
            ItemForm form,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AgendaDocument agenda = api.agenda(planId);
        Map<String, String> errors = new LinkedHashMap<>();
        Item item = form.toItem(null, ids(agenda), errors);
        int at = position(agenda, form.position());
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return itemPage(agenda.withEtag(etag), null, form, errors, model);
        }
        List<Item> items = new ArrayList<>(agenda.items());
        items.add(at, item);
        try {
            api.replace(planId, etag, content(agenda, items));
        } catch (ApiRefusal refusal) {
            editable(refusal);
            response.setStatus(status(refusal));
            return itemPage(fresh(refusal, agenda.withEtag(etag)), null, form, itemErrors(at, refusal), model);
        }
        redirect.addFlashAttribute("done", "Đã thêm mục “" + item.content() + "”.");
        return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh#muc-" + item.id();
    }

    @GetMapping("/muc/{itemId}")
    String editForm(@PathVariable String planId, @PathVariable String itemId, Model model) {
        AgendaDocument agenda = api.agenda(planId);
        Item item = item(agenda, itemId);
        return itemPage(agenda, item, ItemForm.of(item), Map.of(), model);
    }

    @PostMapping("/muc/{itemId}")
    String save(
            @PathVariable String planId,
            @PathVariable String itemId,
            ItemForm form,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AgendaDocument agenda = api.agenda(planId);
        Item previous = item(agenda, itemId);
        int index = agenda.indexOf(itemId);
        Map<String, String> errors = new LinkedHashMap<>();
        Item item = form.toItem(previous, ids(agenda), errors);
        if (!errors.isEmpty()) {
            response.setStatus(422);
            return itemPage(agenda.withEtag(etag), previous, form, errors, model);
        }
        List<Item> items = new ArrayList<>(agenda.items());
        items.set(index, item);
        try {
            api.replace(planId, etag, content(agenda, items));
        } catch (ApiRefusal refusal) {
            editable(refusal);
            response.setStatus(status(refusal));
            return itemPage(fresh(refusal, agenda.withEtag(etag)), previous, form, itemErrors(index, refusal), model);
        }
        redirect.addFlashAttribute("done", "Đã lưu mục “" + item.content() + "”.");
        return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh#muc-" + itemId;
    }

    @PostMapping("/muc/{itemId}/len")
    String up(
            @PathVariable String planId,
            @PathVariable String itemId,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return rearrange(planId, itemId, etag, -1, model, redirect, response);
    }

    @PostMapping("/muc/{itemId}/xuong")
    String down(
            @PathVariable String planId,
            @PathVariable String itemId,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return rearrange(planId, itemId, etag, 1, model, redirect, response);
    }

    @PostMapping("/muc/{itemId}/xoa")
    String remove(
            @PathVariable String planId,
            @PathVariable String itemId,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return rearrange(planId, itemId, etag, 0, model, redirect, response);
    }

    @PostMapping("/cong-bo")
    String publish(
            @PathVariable String planId,
            @RequestParam(required = false) String etag,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AgendaDocument agenda = api.agenda(planId);
        try {
            AgendaDocument published = api.publish(planId);
            redirect.addFlashAttribute("done", "Đã công bố chương trình (lần " + published.revision() + ").");
        } catch (ApiRefusal refusal) {
            editable(refusal);
            response.setStatus(status(refusal));
            return editor(agenda, null, Map.of(), refusal.detail(), model, "publish");
        }
        return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh";
    }

    @GetMapping("/cac-lan-cap-nhat")
    String revisions(@PathVariable String planId, Model model) {
        model.addAttribute("agenda", api.agenda(planId));
        List<AgendaRevision> revisions = new ArrayList<>(api.revisions(planId));
        java.util.Collections.reverse(revisions);
        model.addAttribute("revisions", revisions);
        return "console/agenda-revisions";
    }

    @GetMapping("/ban-in")
    String print(@PathVariable String planId, Model model) {
        model.addAttribute("agenda", api.agenda(planId));
        model.addAttribute("timeline", api.timeline(planId));
        return "console/agenda-print";
    }

    @GetMapping("/ban-in.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String planId) {
        ContentDisposition disposition = ContentDisposition.inline()
                .filename("Chương trình hội nghị.pdf", StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(api.pdf(planId));
    }

    /** {@code step} -1 moves the item up, +1 down, 0 removes it. */
    private String rearrange(
            String planId,
            String itemId,
            String etag,
            int step,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        AgendaDocument agenda = api.agenda(planId);
        int index = agenda.indexOf(itemId);
        if (index < 0) {
            response.setStatus(409);
            return editor(
                    agenda,
                    null,
                    Map.of(),
                    "Mục này không còn trong chương trình (có thể vừa được xóa ở nơi "
                            + "khác). Chương trình hiện tại ở dưới đây.",
                    model);
        }
        List<Item> items = new ArrayList<>(agenda.items());
        Item item = items.get(index);
        int target = index + step;
        if (step == 0) {
            items.remove(index);
        } else if (target >= 0 && target < items.size()) {
            items.set(index, items.get(target));
            items.set(target, item);
        } else {
            return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh#muc-" + itemId;
        }
        try {
            api.replace(planId, etag, content(agenda, items));
        } catch (ApiRefusal refusal) {
            editable(refusal);
            response.setStatus(status(refusal));
            String problem = refusal.status() == 412
                    ? CHANGED.substring(0, CHANGED.indexOf('.') + 1)
                            + " Chương trình hiện tại ở dưới đây; thao tác lại nếu vẫn cần. (" + refusal.detail() + ")"
                    : refusal.detail();
            return editor(fresh(refusal, agenda), null, Map.of(), problem, model);
        }
        redirect.addFlashAttribute(
                "done",
                step == 0
                        ? "Đã xóa mục “" + item.content() + "”."
                        : "Đã chuyển mục “" + item.content() + "” " + (step < 0 ? "lên" : "xuống") + ".");
        return "redirect:/console/ke-hoach/" + planId + "/chuong-trinh" + (step == 0 ? "" : "#muc-" + itemId);
    }

    private String editor(
            AgendaDocument agenda, SessionForm session, Map<String, String> errors, String problem, Model model) {
        return editor(agenda, session, errors, problem, model, null);
    }

    private String editor(
            AgendaDocument agenda,
            SessionForm session,
            Map<String, String> errors,
            String problem,
            Model model,
            String failed) {
        AgendaTimeline timeline = api.timeline(agenda.planId());
        List<AgendaRow> rows = new ArrayList<>();
        for (int i = 0; i < agenda.items().size(); i++) {
            Item item = agenda.items().get(i);
            rows.add(new AgendaRow(i, item, timeline.slot(item.id()), timeline.warningsFor(item.id())));
        }
        model.addAttribute("agenda", agenda);
        model.addAttribute("timeline", timeline);
        model.addAttribute("rows", rows);
        model.addAttribute("times", session != null ? session : SessionForm.of(agenda));
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("failed", failed);
        return "console/agenda-editor";
    }

    private String itemPage(AgendaDocument agenda, Item item, ItemForm form, Map<String, String> errors, Model model) {
        model.addAttribute("agenda", agenda);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ItemForm.KINDS);
        if (item != null) {
            AgendaTimeline timeline = api.timeline(agenda.planId());
            model.addAttribute("slot", timeline.slot(item.id()));
            model.addAttribute("warnings", timeline.warningsFor(item.id()));
        }
        return "console/agenda-item";
    }

    /** Refusals a person can act on stay on the form; anything else is the console's refusal page. */
    private static ApiRefusal editable(ApiRefusal refusal) {
        if (!refusal.aboutInput() && refusal.status() != 409 && refusal.status() != 412 && refusal.status() != 428) {
            throw refusal;
        }
        return refusal;
    }

    private static int status(ApiRefusal refusal) {
        return refusal.status() == 400 ? 422 : refusal.status();
    }

    /** After a 412 the form carries the agenda's current ETag, so that saving again (having seen why) goes through. */
    private AgendaDocument fresh(ApiRefusal refusal, AgendaDocument read) {
        return refusal.status() == 412 ? api.agenda(read.planId()) : read;
    }

    private static Map<String, String> itemErrors(int index, ApiRefusal refusal) {
        Map<String, String> errors = new LinkedHashMap<>(ItemForm.errors(index, refusal.errors(), refusal.detail()));
        if (refusal.status() == 412) {
            errors.put("form", CHANGED + " (" + refusal.detail() + ")");
        }
        return errors;
    }

    private static Map<String, String> sessionErrors(ApiRefusal refusal, HttpServletResponse response) {
        response.setStatus(status(refusal));
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.errors().forEach(error -> {
            String field = error.field() == null ? "" : error.field();
            String key = switch (field) {
                case "startsAt", "plannedEnd", "note" -> field;
                default -> "form";
            };
            errors.merge(
                    key,
                    key.equals("form") && !field.isEmpty() ? field + ": " + error.message() : error.message(),
                    (a, b) -> a + " " + b);
        });
        if (errors.isEmpty() || refusal.status() == 412) {
            errors.put("form", refusal.status() == 412 ? CHANGED + " (" + refusal.detail() + ")" : refusal.detail());
        }
        return errors;
    }

    private static Item item(AgendaDocument agenda, String itemId) {
        int index = agenda.indexOf(itemId);
        if (index < 0) {
            throw new ApiRefusal(404, "not-found", "Chương trình không có mục “" + itemId + "”.", List.of());
        }
        return agenda.items().get(index);
    }

    /** "" or unknown: at the end; "dau": first; an item's id: right after it. */
    private static int position(AgendaDocument agenda, String position) {
        if ("dau".equals(position)) {
            return 0;
        }
        int after = agenda.indexOf(position);
        return after < 0 ? agenda.items().size() : after + 1;
    }

    private static List<String> ids(AgendaDocument agenda) {
        List<String> ids = new ArrayList<>();
        for (Item item : agenda.items()) {
            ids.add(item.id());
            item.contributionList().forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static AgendaDocument.Content content(AgendaDocument agenda, List<Item> items) {
        return new AgendaDocument.Content(agenda.startsAt(), agenda.plannedEnd(), agenda.note(), items);
    }
}
