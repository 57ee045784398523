package vn.gov.conference.web.invitation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.gov.conference.web.WebProperties;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.api.ConferenceApi;
import vn.gov.conference.web.api.Delegate;

/**
 * The invitation a letter links to ({@code /moi/{id}?sig=…}): the conference, the agenda, what is asked, and the
 * answer forms the invitation allows. An answer is posted, then the page is shown again with what was recorded.
 */
@Controller
class InvitationPages {

    private final ConferenceApi api;
    private final WebProperties properties;

    InvitationPages(ConferenceApi api, WebProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @GetMapping("/moi/{id}")
    String show(@PathVariable String id, @RequestParam String sig,
                @RequestParam(name = "da-ghi-nhan", required = false) String recorded, Model model) {
        Delegate delegate = api.invitation(id, sig);
        int seats = delegate.invitation() == null ? 1 : delegate.invitation().seats();
        return page(id, sig, delegate, AnswerForm.empty(seats), Map.of(), recorded != null, model);
    }

    @PostMapping("/moi/{id}/tra-loi")
    String answer(@PathVariable String id, @RequestParam String sig, @ModelAttribute AnswerForm form, Model model,
                  HttpServletResponse response) {
        try {
            api.answer(id, sig, form.request());
        }
        catch (ApiRefusal refusal) {
            if (!refusal.aboutInput()) {
                throw refusal;
            }
            Delegate delegate = api.invitation(id, sig);
            int seats = delegate.invitation() == null ? 1 : delegate.invitation().seats();
            response.setStatus(422);
            return page(id, sig, delegate, form.withBlocks(seats),
                    FieldMessages.of(refusal, form.filledBlocks()), false, model);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/moi/{id}").queryParam("sig", "{sig}")
                .queryParam("da-ghi-nhan", "1").buildAndExpand(id, sig).encode().toUriString();
    }

    private String page(String id, String sig, Delegate delegate, AnswerForm form, Map<String, String> errors,
                        boolean justRecorded, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("sig", sig);
        model.addAttribute("d", delegate);
        model.addAttribute("c", delegate.conference());
        model.addAttribute("inv", delegate.invitation());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("justRecorded", justRecorded);
        model.addAttribute("contact", delegate.contactText(properties.office()));
        model.addAttribute("calendarUrl", properties.publicLink(
                UriComponentsBuilder.fromPath("/api/invitations/{id}/calendar").queryParam("sig", "{sig}")
                        .buildAndExpand(id, sig).encode().toUriString()));
        model.addAttribute("documentUrl", delegate.conference() == null ? null
                : properties.publicLink(delegate.conference().documentUrl()));
        model.addAttribute("portalPage", delegate.conference() == null ? null
                : PortalLinks.page(delegate.conference().portalUrl()));
        model.addAttribute("seatBlocks", form.delegates());
        model.addAttribute("bridgePoints", delegate.conference() == null ? List.of()
                : delegate.conference().bridgePoints());
        return "invitation";
    }
}
