package vn.gov.conference.agenda.timing;

import vn.gov.conference.agenda.programme.Contribution;

/** One speaker's turn inside a contribution block; {@code span} is null when the block gives no time per speaker. */
public record ContributionSlot(Contribution contribution, String number, Span span) {

    public boolean timed() {
        return span != null;
    }
}
