package vn.gov.conference.web.checkin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.conference.web.api.ConferenceApi;
import vn.gov.conference.web.api.Delegate;

/**
 * What the QR code of a letter opens ({@code /diem-danh/{id}?sig=…}): the delegate and one button. A phone camera
 * opens links with GET, so checking in is the button's POST, never the GET.
 */
@Controller
class CheckInPages {

    private final ConferenceApi api;

    CheckInPages(ConferenceApi api) {
        this.api = api;
    }

    @GetMapping("/diem-danh/{id}")
    String show(
            @PathVariable String id,
            @RequestParam String sig,
            @RequestParam(name = "da-diem-danh", required = false) String done,
            Model model) {
        Delegate delegate = api.invitation(id, sig);
        model.addAttribute("id", id);
        model.addAttribute("sig", sig);
        model.addAttribute("c", delegate.conference());
        model.addAttribute("inv", delegate.invitation());
        model.addAttribute("checkIn", delegate.checkIn());
        model.addAttribute("justCheckedIn", done != null);
        return "check-in";
    }

    /** An online invitee checks in online; everyone else is at the venue or their bridge point. */
    @PostMapping("/diem-danh/{id}")
    String checkIn(
            @PathVariable String id,
            @RequestParam String sig,
            @RequestParam(defaultValue = "IN_PERSON") String presence) {
        api.checkIn(id, sig, null, "ONLINE".equals(presence) ? "ONLINE" : "IN_PERSON");
        return "redirect:"
                + UriComponentsBuilder.fromPath("/diem-danh/{id}")
                        .queryParam("sig", "{sig}")
                        .queryParam("da-diem-danh", "1")
                        .buildAndExpand(id, sig)
                        .encode()
                        .toUriString();
    }
}
