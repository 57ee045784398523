package vn.gov.conference.agenda.room;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Identifies a physical room however the plans spell it: "Phòng họp số 2, Trung tâm Hội nghị tỉnh" and
 * "phong hop so 2 - trung tam hoi nghi tinh" are the same room. Folded to lower-case ASCII words joined by '-'.
 */
public record RoomKey(String value) {

    public RoomKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a room key must not be blank");
        }
    }

    public static RoomKey of(String room, String address) {
        String folded = fold(room);
        String where = address == null ? "" : fold(address);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        return new RoomKey(where.isEmpty() ? folded : folded + "--" + where);
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
