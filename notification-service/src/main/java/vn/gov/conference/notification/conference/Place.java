package vn.gov.conference.notification.conference;

/**
 * Where the main session sits: a room at an address (either may be missing in a draft), and for online delegates the
 * meeting they join ({@code onlineMeetingUrl}, null when the plan gives none).
 */
public record Place(String room, String address, String onlineMeetingUrl) {

    /** "Phòng họp số 2, Trung tâm Hội nghị tỉnh, số 6C Rạch Gầm, …" */
    public String text() {
        if (room == null || room.isBlank()) {
            return address == null ? "" : address;
        }
        return address == null || address.isBlank() ? room : room + ", " + address;
    }
}
