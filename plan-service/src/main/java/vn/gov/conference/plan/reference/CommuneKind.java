package vn.gov.conference.plan.reference;

import java.util.Arrays;
import java.util.Optional;
import vn.gov.conference.platform.text.VietnameseText;

/** The lower level of local government since 2025-07-01: communes, wards and special zones. */
enum CommuneKind {
    COMMUNE("xã", "X"),
    WARD("phường", "P"),
    SPECIAL_ZONE("đặc khu", "DK");

    private final String label;
    private final String letter;

    CommuneKind(String label, String letter) {
        this.label = label;
        this.letter = letter;
    }

    String label() {
        return label;
    }

    /** What a code made from the name starts with, so that xã Mỹ Hiệp and a phường Mỹ Hiệp never share one. */
    String letter() {
        return letter;
    }

    /** "xã", "Phường", "dac khu", "WARD": with or without diacritics, in Vietnamese or by name. */
    static Optional<CommuneKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = VietnameseText.fold(text.strip());
        return Arrays.stream(values())
                .filter(k ->
                        VietnameseText.fold(k.label).equals(folded) || k.name().equalsIgnoreCase(text.strip()))
                .findFirst();
    }
}
