package vn.gov.conference.web.invitation;

import java.util.ArrayList;
import java.util.List;
import vn.gov.conference.platform.text.VietnameseText;
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
            case "DECLINE" -> new AnswerRequest("DECLINE", VietnameseText.nfcOrNull(reason), null, null);
            case "SUBSTITUTE" ->
                new AnswerRequest("SUBSTITUTE", VietnameseText.nfcOrNull(reason), substitute.nominee(), null);
            case "NAME_DELEGATES" ->
                new AnswerRequest(
                        "NAME_DELEGATES",
                        null,
                        null,
                        filledBlocks().stream()
                                .map(i -> delegates.get(i).nominee())
                                .toList());
            // Not one of the forms' choices: the API says what is missing.
            default -> new AnswerRequest(VietnameseText.nfcOrNull(answer), null, null, null);
        };
    }

    public record Nominee(String name, String position, String email, String bridgePointCode) {

        static final Nominee EMPTY = new Nominee(null, null, null, null);

        boolean blank() {
            return VietnameseText.nfcOrNull(name) == null
                    && VietnameseText.nfcOrNull(position) == null
                    && VietnameseText.nfcOrNull(email) == null;
        }

        AnswerRequest.Nominee nominee() {
            return new AnswerRequest.Nominee(
                    VietnameseText.nfcOrNull(name),
                    VietnameseText.nfcOrNull(position),
                    VietnameseText.nfcOrNull(email),
                    VietnameseText.nfcOrNull(bridgePointCode));
        }
    }
}
