package vn.gov.conference.notification.invitation;

import java.util.List;

/** What the delegate (or the office on their behalf) answers. */
public record AnswerCommand(Type type, String reason, Nomination substitute, List<Nomination> delegates) {

    public enum Type {
        ACCEPT,
        DECLINE,
        SUBSTITUTE,
        NAME_DELEGATES
    }

    public AnswerCommand {
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }
}
