package vn.gov.conference.notification.invitation.web;

import java.time.LocalDate;
import java.util.List;

import vn.gov.conference.notification.conference.BridgeSite;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;

/**
 * What the reception desk finds: one page of the delegates it may check in ({@code total} found in all), each with
 * what the desk needs to recognise them and whether they already checked in. No email addresses: the desk link is
 * shared by whoever staffs the desk that day.
 */
record DeskSearch(String planId, LocalDate day, int total, int offset, int limit, List<Entry> items) {

    /** The largest page the desk gets at once. */
    static final int MAX_LIMIT = 50;

    record Entry(String id, String code, String name, String position, String affiliation, String bridgePointCode,
                 String bridgePointName, boolean online, Invitation.Status status, CheckIn checkIn) {
    }

    static DeskSearch of(Conference conference, LocalDate day, List<Invitation> found, int limit, int offset) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        int from = Math.clamp(offset, 0, found.size());
        List<Entry> page = found.subList(from, Math.min(found.size(), from + size)).stream()
                .map(invitation -> new Entry(invitation.id().value(), invitation.code(),
                        invitation.invitee().addressee(), invitation.invitee().position(),
                        invitation.invitee().affiliation(), invitation.bridgePointCode(),
                        invitation.bridgePointCode() == null ? null : conference.details()
                                .bridgeSite(invitation.bridgePointCode()).map(BridgeSite::name)
                                .orElse(invitation.bridgePointCode()),
                        invitation.online(), invitation.status(), invitation.checkIn()))
                .toList();
        return new DeskSearch(conference.id(), day, found.size(), from, size, page);
    }
}
