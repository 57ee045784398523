package vn.gov.conference.plan.planning;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Where delegates sit: {@code room} ("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang") at
 * {@code address}; {@code note} keeps any further wording of the plan ("và trực tuyến tại các điểm cầu …");
 * {@code onlineMeetingUrl} is where online delegates join (their letters and pages carry it).
 */
public record Venue(
        @Nullable String room,
        @Nullable String address,
        @Nullable String note,
        @Nullable String onlineMeetingUrl) {

    public Venue {
        room = VietnameseText.nfcOrNull(room);
        address = VietnameseText.nfcOrNull(address);
        note = VietnameseText.nfcOrNull(note);
        onlineMeetingUrl = VietnameseText.nfcOrNull(onlineMeetingUrl);
    }

    public Venue(String room, String address, String note) {
        this(room, address, note, null);
    }

    /** A meeting link a delegate's browser may open: http or https only, never javascript: or data:. */
    boolean hasValidMeetingUrl() {
        return onlineMeetingUrl == null || onlineMeetingUrl.matches("(?i)https?://[^\\s<>\"]+");
    }

    /** The plan's line: "room, address note". */
    public String text() {
        String place = Stream.of(room, address).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return Stream.of(place.isEmpty() ? null : place, note)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
