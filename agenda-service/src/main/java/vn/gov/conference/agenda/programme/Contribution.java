package vn.gov.conference.agenda.programme;

import java.util.List;

/** One speaker's contribution (tham luận) inside a contribution block; the speaker is a unit. */
public record Contribution(String id, String content, String note, List<Presenter> presenters) {

    public Contribution {
        id = Ids.checked(id, "id");
        content = Texts.required(content, "content", 2000, true);
        note = Texts.optional(note, "note", 1000, true);
        presenters = Presenters.checked(presenters);
    }
}
