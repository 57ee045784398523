package vn.gov.conference.notification.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.gov.conference.platform.time.VietnameseDates;

/**
 * iCalendar (RFC 5545) invitations in the iTIP (RFC 5546) sense: METHOD:REQUEST to invite or update, METHOD:CANCEL
 * when the conference is called off. Times are local to Asia/Ho_Chi_Minh with its VTIMEZONE, so a calendar shows
 * the same clock time the plan states. Answers are given through the signed link, not by calendar replies, so
 * RSVP is false.
 */
public final class CalendarInvitations {

    static final String TZID = VietnameseDates.ZONE.getId();
    private static final String PRODUCT = "-//Conference planning//notification-service//VI";

    private CalendarInvitations() {}

    public static String request(CalendarEvent event) {
        return write(build(event, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED));
    }

    public static String cancel(CalendarEvent event) {
        return write(build(event, Method.VALUE_CANCEL, Status.VALUE_CANCELLED));
    }

    private static Calendar build(CalendarEvent event, String method, String status) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone timeZone = registry.getTimeZone(TZID).getVTimeZone();
        ZonedDateTime start = event.start().atZoneSameInstant(VietnameseDates.ZONE);
        ZonedDateTime end = event.end().atZoneSameInstant(VietnameseDates.ZONE);

        VEvent vevent = new VEvent(start, end, event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.replace(new DtStamp(event.stamp()));
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Status(status));
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        Organizer organizer = new Organizer(mailto(event.organizer().email()));
        if (event.organizer().name() != null) {
            organizer.add(new Cn(event.organizer().name()));
        }
        vevent.add(organizer);
        // A unit the directory has no address for still downloads its entry from the page, without an attendee.
        if (event.attendee().email() != null) {
            Attendee attendee = new Attendee(mailto(event.attendee().email()));
            if (event.attendee().name() != null) {
                attendee.add(new Cn(event.attendee().name()));
            }
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.FALSE);
            vevent.add(attendee);
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(timeZone);
        calendar.add(vevent);
        return calendar;
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException ex) {
            throw new IllegalStateException("Could not write the calendar invitation: " + ex.getMessage(), ex);
        }
        return out.toString();
    }
}
