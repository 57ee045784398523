package vn.gov.conference.web.console.signed;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.gov.conference.web.console.PlanDocument;

/**
 * What a plan's page in the console shows of its signed original (template {@code console/signed-original}): the file
 * when one is attached, with its download under the page's own path, and for the office the form to attach one once
 * the plan is approved. Used by the office's, the approver's and the central agency's plan pages.
 */
@Component
public class SignedOriginalPanel {

    /** The statuses in which a plan has been approved and not cancelled: it can have a signed original. */
    private static final Set<String> APPROVED = Set.of("APPROVED", "SCHEDULED", "HELD", "CLOSED");

    private final SignedOriginalApi api;

    SignedOriginalPanel(SignedOriginalApi api) {
        this.api = api;
    }

    /** {@code planPage}: the plan page's own path ("/console/phe-duyet/{id}"), under which the PDF is downloaded. */
    public void addTo(Model model, PlanDocument plan, String planPage) {
        boolean approved = APPROVED.contains(plan.status());
        model.addAttribute("signedApproved", approved);
        model.addAttribute("signedFile", planPage + "/ban-goc.pdf");
        model.addAttribute("signed", approved ? api.find(plan.id()).orElse(null) : null);
    }
}
