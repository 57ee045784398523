package vn.gov.conference.web.invitation;

import java.util.ArrayList;
import java.util.List;

import vn.gov.conference.web.api.AnswerRequest;

/**
 * One of the answer forms as the browser sent it: {@code answer} says which (ACCEPT, DECLINE, SUBSTITUTE,
 * NAME_DELEGATES). Kept as typed, so that a refused form comes back filled in.
 */
public record AnswerForm(String answer, String reason, Nominee substitute, List<Nominee> delegates) {

    public AnswerForm {
        substitute = substitute == null ? Nominee.EMPTY : substitute;
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }

    /** The empty forms of an invitation: one delegate block per seat. */
    static AnswerForm empty(int seats) {
        List<Nominee> blocks = new ArrayList<>();
        for (int i = 0; i < Math.max(1, seats); i++) {
            blocks.add(Nominee.EMPTY);
        }
        return new AnswerForm(null, null, Nominee.EMPTY, blocks);
    }

    /** The same form with as many delegate blocks as seats, the typed ones first where they were. */
    AnswerForm withBlocks(int seats) {
        List<Nominee> blocks = new ArrayList<>(delegates);
        while (blocks.size() < Math.max(1, seats)) {
            blocks.add(Nominee.EMPTY);
        }
        return new AnswerForm(answer, reason, substitute, blocks);
    }

    /** Blocks left empty are seats the unit does not fill now; the API numbers only the ones sent. */
    List<Integer> filledBlocks() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < delegates.size(); i++) {
            if (!delegates.get(i).blank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    AnswerRequest request() {
        return switch (answer == null ? "" : answer) {
            case "ACCEPT" -> new AnswerRequest("ACCEPT", null, null, null);
            case "DECLINE" -> new AnswerRequest("DECLINE", trim(reason), null, null);
            case "SUBSTITUTE" -> new AnswerRequest("SUBSTITUTE", trim(reason), substitute.nominee(), null);
            case "NAME_DELEGATES" -> new AnswerRequest("NAME_DELEGATES", null, null,
                    filledBlocks().stream().map(i -> delegates.get(i).nominee()).toList());
            // Not one of the forms' choices: the API says what is missing.
            default -> new AnswerRequest(trim(answer), null, null, null);
        };
    }

    public record Nominee(String name, String position, String email, String bridgePointCode) {

        static final Nominee EMPTY = new Nominee(null, null, null, null);

        boolean blank() {
            return trim(name) == null && trim(position) == null && trim(email) == null;
        }

        AnswerRequest.Nominee nominee() {
            return new AnswerRequest.Nominee(trim(name), trim(position), trim(email), trim(bridgePointCode));
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
