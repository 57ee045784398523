package vn.gov.conference.web.invitation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
 * The invitation a letter links to ({@code /moi/{id}?sig=…}): the conference, the agenda, what is asked by when, and
 * the answer forms the invitation allows. An answer is posted, then the page is shown again with what was recorded.
 */
@Controller
class InvitationPages {

    /** A unit that decides how many it sends starts with this many blocks and adds more one at a time. */
    private static final int OPEN_QUOTA_BLOCKS = 3;

    private final ConferenceApi api;
    private final WebProperties properties;

    InvitationPages(ConferenceApi api, WebProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @GetMapping("/moi/{id}")
    String show(
            @PathVariable String id,
            @RequestParam String sig,
            @RequestParam(name = "da-ghi-nhan", required = false) String recorded,
            Model model) {
        Delegate delegate = api.invitation(id, sig);
        return page(id, sig, delegate, AnswerForm.empty(blocks(delegate)), Map.of(), recorded != null, model);
    }

    /**
     * Sends the answer; a refusal about the input shows the form again as typed with the API's messages. {@code them}
     * is the open quota's "one more delegate" button, which works without script: the same form, one block longer.
     */
    @PostMapping("/moi/{id}/tra-loi")
    String answer(
            @PathVariable String id,
            @RequestParam String sig,
            @ModelAttribute AnswerForm form,
            @RequestParam(name = "them", required = false) String oneMore,
            Model model,
            HttpServletResponse response) {
        if (oneMore != null) {
            Delegate delegate = api.invitation(id, sig);
            int blocks = Math.min(
                    Math.max(1, delegate.invitation().maxDelegates()),
                    form.delegates().size() + 1);
            return page(id, sig, delegate, form.withBlocks(blocks), Map.of(), false, model);
        }
        try {
            api.answer(id, sig, form.request());
        } catch (ApiRefusal refusal) {
            if (!refusal.aboutInput()) {
                throw refusal;
            }
            Delegate delegate = api.invitation(id, sig);
            response.setStatus(422);
            return page(
                    id,
                    sig,
                    delegate,
                    form.withBlocks(blocks(delegate)),
                    FieldMessages.of(refusal, form.filledBlocks()),
                    false,
                    model);
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/moi/{id}")
                        .queryParam("sig", "{sig}")
                        .queryParam("da-ghi-nhan", "1")
                        .buildAndExpand(id, sig)
                        .encode()
                        .toUriString();
    }

    /** One block per seat; an open quota starts with a few. */
    private static int blocks(Delegate delegate) {
        Delegate.Invitation invitation = delegate.invitation();
        if (invitation == null || !invitation.seatQuota()) {
            return 1;
        }
        if (invitation.openQuota()) {
            return Math.min(OPEN_QUOTA_BLOCKS, Math.max(1, invitation.maxDelegates()));
        }
        return Math.max(1, invitation.seats());
    }

    private String page(
            String id,
            String sig,
            Delegate delegate,
            AnswerForm form,
            Map<String, String> errors,
            boolean justRecorded,
            Model model) {
        Delegate.Invitation invitation = delegate.invitation();
        model.addAttribute("id", id);
        model.addAttribute("sig", sig);
        model.addAttribute("d", delegate);
        model.addAttribute("c", delegate.conference());
        model.addAttribute("inv", invitation);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("justRecorded", justRecorded);
        model.addAttribute("contact", delegate.contactText(properties.office()));
        model.addAttribute(
                "calendarUrl",
                !delegate.calendarAvailable()
                        ? null
                        : properties.publicLink(UriComponentsBuilder.fromPath("/api/invitations/{id}/calendar")
                                .queryParam("sig", "{sig}")
                                .buildAndExpand(id, sig)
                                .encode()
                                .toUriString()));
        model.addAttribute(
                "letterUrl",
                !delegate.letterAvailable()
                        ? null
                        : properties.publicLink(UriComponentsBuilder.fromPath("/api/invitations/{id}/letter")
                                .queryParam("sig", "{sig}")
                                .buildAndExpand(id, sig)
                                .encode()
                                .toUriString()));
        model.addAttribute("signedPlanUrl", delegate.signedPlanUrl());
        model.addAttribute("portalPage", PortalLinks.page(delegate.portalUrl()));
        model.addAttribute("seatBlocks", form.delegates());
        model.addAttribute(
                "canAddBlock",
                invitation != null && invitation.openQuota() && form.delegates().size() < invitation.maxDelegates());
        model.addAttribute(
                "bridgePoints",
                delegate.conference() == null
                        ? List.of()
                        : delegate.conference().bridgePoints());
        return "invitation";
    }
}
