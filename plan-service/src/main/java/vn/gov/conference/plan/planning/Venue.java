package vn.gov.conference.plan.planning;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.gov.conference.plan.text.Texts;

/**
 * Where delegates sit: {@code room} ("Phòng họp số 2, Trung tâm Hội nghị tỉnh Tiền Giang") at
 * {@code address}; {@code note} keeps any further wording of the plan ("và trực tuyến tại các điểm cầu …").
 */
public record Venue(String room, String address, String note) {

    public Venue {
        room = Texts.clean(room);
        address = Texts.clean(address);
        note = Texts.clean(note);
    }

    /** The plan's line: "room, address note". */
    public String text() {
        String place = Stream.of(room, address).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return Stream.of(place.isEmpty() ? null : place, note).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
