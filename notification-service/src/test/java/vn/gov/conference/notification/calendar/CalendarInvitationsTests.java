package vn.gov.conference.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import org.junit.jupiter.api.Test;

class CalendarInvitationsTests {

    private static final OffsetDateTime START = OffsetDateTime.parse("2021-07-07T08:00+07:00");

    static CalendarEvent event(int sequence) {
        return new CalendarEvent(
                "plan-003@conference.gov.vn",
                sequence,
                START,
                START.plusHours(3).plusMinutes(15),
                "Hội nghị trực tuyến đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp",
                "Kế hoạch này thay thư mời.\nChương trình: Tuyên bố lý do, giới thiệu đại biểu (5 phút); …",
                "Hội trường Ủy ban nhân dân Tỉnh, số 12 Đường 30/4, Phường 1, TP. Cao Lãnh",
                "http://localhost:8080/api/invitations/inv-1?sig=1.abc",
                new CalendarEvent.Person("Văn phòng UBND tỉnh Đồng Tháp", "vpubnd@dongthap.conference.example"),
                new CalendarEvent.Person("Sở Nội vụ", "snv@dongthap.conference.example"),
                Instant.parse("2021-06-20T02:00:00Z"));
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void writesARequestThatIcal4jParsesAndValidates() throws Exception {
        String ics = CalendarInvitations.request(event(0));

        Calendar calendar = parse(ics);
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("REQUEST");
        assertThat(calendar.<VEvent>getComponents("VEVENT")
                        .getFirst()
                        .validate(new Method(Method.VALUE_REQUEST))
                        .getEntries())
                .isEmpty();
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(vevent.getProperty(Property.UID).map(Property::getValue)).contains("plan-003@conference.gov.vn");
        assertThat(vevent.getProperty(Property.SEQUENCE).map(Property::getValue))
                .contains("0");
        assertThat(vevent.getProperty(Property.SUMMARY).map(Property::getValue))
                .contains("Hội nghị trực tuyến đánh giá Chỉ số PAR, Chỉ số PAPI năm 2020 của tỉnh Đồng Tháp");
        assertThat(vevent.getProperty(Property.LOCATION).map(Property::getValue))
                .contains("Hội trường Ủy ban nhân dân Tỉnh, số 12 Đường 30/4, Phường 1, TP. Cao Lãnh");
        assertThat(vevent.getProperty(Property.ATTENDEE).map(Property::getValue))
                .contains("mailto:snv@dongthap.conference.example");
    }

    @Test
    void statesLocalTimesInHoChiMinhWithItsTimeZoneDefinition() throws Exception {
        String ics = CalendarInvitations.request(event(0));

        assertThat(ics).contains("DTSTART;TZID=Asia/Ho_Chi_Minh:20210707T080000");
        assertThat(ics).contains("DTEND;TZID=Asia/Ho_Chi_Minh:20210707T111500");
        Calendar calendar = parse(ics);
        VTimeZone zone = calendar.<VTimeZone>getComponents("VTIMEZONE").getFirst();
        assertThat(zone.getProperty(Property.TZID).map(Property::getValue)).contains("Asia/Ho_Chi_Minh");
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").getFirst();
        DtStart<ZonedDateTime> start = vevent.getRequiredProperty(Property.DTSTART);
        assertThat(start.getDate().toInstant()).isEqualTo(START.toInstant());
    }

    @Test
    void keepsTheUidAndRaisesTheSequenceOnUpdate() throws Exception {
        VEvent first = parse(CalendarInvitations.request(event(0)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();
        VEvent update = parse(CalendarInvitations.request(event(3)))
                .<VEvent>getComponents("VEVENT")
                .getFirst();

        assertThat(update.getProperty(Property.UID)).isEqualTo(first.getProperty(Property.UID));
        assertThat(update.getProperty(Property.SEQUENCE).map(Property::getValue))
                .contains("3");
    }

    @Test
    void writesAValidCancellation() throws Exception {
        Calendar calendar = parse(CalendarInvitations.cancel(event(4)));

        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue))
                .contains("CANCEL");
        assertThat(calendar.<VEvent>getComponents("VEVENT")
                        .getFirst()
                        .validate(new Method(Method.VALUE_CANCEL))
                        .getEntries())
                .isEmpty();
        VEvent vevent = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(vevent.getProperty(Property.STATUS).map(Property::getValue)).contains("CANCELLED");
        assertThat(vevent.getProperty(Property.SEQUENCE).map(Property::getValue))
                .contains("4");
    }

    @Test
    void refusesAnEventThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new CalendarEvent(
                        "x@conference.gov.vn",
                        0,
                        START,
                        START.minusHours(1),
                        "x",
                        null,
                        null,
                        null,
                        new CalendarEvent.Person(null, "a@b.example"),
                        new CalendarEvent.Person(null, "c@d.example"),
                        Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
