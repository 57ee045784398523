package vn.gov.conference.notification.invitation.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.notification.conference.BridgeSite;
import vn.gov.conference.notification.conference.Conference;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;
import vn.gov.conference.platform.paging.Page;
import vn.gov.conference.platform.paging.Paging;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * What the reception desk finds: one page of the delegates it may check in ({@code total} found in all), each with
 * what the desk needs to recognise them and whether they already checked in. No email addresses: the desk link is
 * shared by whoever staffs the desk that day. Paged as every list ({@link Paging}), at most {@value #MAX_SIZE} a page.
 */
record DeskSearch(String planId, @Nullable LocalDate day, List<Entry> items, int page, int size, long total) {

    /** The largest page the desk gets at once: the link is public, a page costs what the desk needs. */
    static final int MAX_SIZE = 50;

    record Entry(
            String id,
            String code,
            @Nullable String name,
            @Nullable String position,
            @Nullable String affiliation,
            @Nullable String bridgePointCode,
            @Nullable String bridgePointName,
            boolean online,
            Invitation.Status status,
            @Nullable CheckIn checkIn) {}

    static DeskSearch of(Conference conference, LocalDate day, List<Invitation> found, Paging paging) {
        if (paging.size() > MAX_SIZE) {
            throw new InvalidInputException("size", "range", "The desk gets 1 to " + MAX_SIZE + " delegates a page.");
        }
        Page<Entry> page = Page.of(found, paging)
                .map(invitation -> new Entry(
                        invitation.id().value(),
                        invitation.code(),
                        invitation.invitee().addressee(),
                        invitation.invitee().position(),
                        invitation.invitee().affiliation(),
                        invitation.bridgePointCode(),
                        invitation.bridgePointCode() == null
                                ? null
                                : conference
                                        .details()
                                        .bridgeSite(invitation.bridgePointCode())
                                        .map(BridgeSite::name)
                                        .orElse(invitation.bridgePointCode()),
                        invitation.online(),
                        invitation.status(),
                        invitation.checkIn()));
        return new DeskSearch(conference.id(), day, page.items(), page.page(), page.size(), page.total());
    }
}
