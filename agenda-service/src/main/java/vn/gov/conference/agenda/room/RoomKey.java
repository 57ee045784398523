package vn.gov.conference.agenda.room;

import vn.gov.conference.platform.text.VietnameseText;

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
        String folded = VietnameseText.slug(room);
        String where = address == null ? "" : VietnameseText.slug(address);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        return new RoomKey(where.isEmpty() ? folded : folded + "--" + where);
    }

    @Override
    public String toString() {
        return value;
    }
}
