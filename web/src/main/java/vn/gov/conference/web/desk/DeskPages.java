package vn.gov.conference.web.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.conference.platform.text.VietnameseText;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.web.WebProperties;
import vn.gov.conference.web.api.ConferenceApi;
import vn.gov.conference.web.api.DeskSearch;

/**
 * The reception desk ({@code /le-tan/{planId}?sig=…&day=…}, a link the office signs for one plan and day): find a
 * delegate by code or name, check them in, and the totals per unit and bridge point, which refresh themselves when
 * script runs ({@code /le-tan/{planId}/so-lieu} is that section alone).
 */
@Controller
class DeskPages {

    private final ConferenceApi api;
    private final WebProperties properties;

    DeskPages(ConferenceApi api, WebProperties properties) {
        this.api = api;
        this.properties = properties;
    }

    @GetMapping("/le-tan/{planId}")
    String desk(
            @PathVariable String planId,
            @RequestParam String sig,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String q,
            @RequestParam(name = "da-diem-danh", required = false) String checkedIn,
            Model model) {
        String query = VietnameseText.nfcOrNull(q);
        DeskSearch search = query == null ? null : api.search(planId, sig, day, query);
        List<DeskSearch.Entry> found = search == null ? List.of() : search.items();
        model.addAttribute("planId", planId);
        model.addAttribute("sig", sig);
        model.addAttribute("day", day);
        model.addAttribute("dayText", dayText(day));
        model.addAttribute("q", query);
        model.addAttribute("found", found);
        model.addAttribute("total", search == null ? 0 : search.total());
        model.addAttribute(
                "checkedIn",
                found.stream().filter(i -> i.id().equals(checkedIn)).findFirst().orElse(null));
        model.addAttribute("attendance", api.attendance(planId, sig, day));
        model.addAttribute("refreshSeconds", properties.deskRefresh().toSeconds());
        return "desk";
    }

    /** "thứ Năm, ngày 8/8/2024"; the API judges the day itself, so an unreadable one is just not shown. */
    private String dayText(String day) {
        try {
            return day == null ? null : VietnameseDates.dayWithWeekday(LocalDate.parse(day));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    @GetMapping("/le-tan/{planId}/so-lieu")
    String totals(
            @PathVariable String planId,
            @RequestParam String sig,
            @RequestParam(required = false) String day,
            Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("sig", sig);
        model.addAttribute("day", day);
        model.addAttribute("attendance", api.attendance(planId, sig, day));
        return "desk :: totals";
    }

    @PostMapping("/le-tan/{planId}/diem-danh")
    String checkIn(
            @PathVariable String planId,
            @RequestParam String sig,
            @RequestParam(required = false) String day,
            @RequestParam String invitationId,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "IN_PERSON") String presence) {
        api.checkIn(invitationId, sig, day, "ONLINE".equals(presence) ? "ONLINE" : "IN_PERSON");
        UriComponentsBuilder back =
                UriComponentsBuilder.fromPath("/le-tan/{planId}").queryParam("sig", "{sig}");
        if (day != null && !day.isBlank()) {
            back.queryParam("day", "{day}");
        }
        back.queryParam("q", "{q}").queryParam("da-diem-danh", "{id}");
        return "redirect:"
                + back.encode()
                        .buildAndExpand(Map.of(
                                "planId",
                                planId,
                                "sig",
                                sig,
                                "day",
                                day == null ? "" : day,
                                "q",
                                q == null ? "" : q,
                                "id",
                                invitationId))
                        .toUriString();
    }
}
