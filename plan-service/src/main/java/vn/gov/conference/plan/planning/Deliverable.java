package vn.gov.conference.plan.planning;

import vn.gov.conference.platform.text.VietnameseText;

/** Something an assignment must hand over: a report, a draft speech, a discussion paper, slides… */
public record Deliverable(DeliverableKind kind, String title) {

    public Deliverable {
        title = VietnameseText.nfcOrNull(title);
    }
}
