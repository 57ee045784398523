package vn.gov.conference.notification.attendance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.notification.invitation.Answer;
import vn.gov.conference.notification.invitation.CheckIn;
import vn.gov.conference.notification.invitation.Invitation;

/**
 * Attendance per unit and bridge point: the seats the plan gave, who was present in person or online, who was absent
 * and why (a declined invitation counts as an absence with its reason), who has not been checked in, and the seats a
 * unit left unfilled. Seats are counted once, on the invitation the composition made; the delegates and substitutes
 * who fill them are counted as people.
 */
public record AttendanceReport(String planId, Line totals, List<Line> lines) {

    public record Line(
            @Nullable String unitCode,
            @Nullable String unitName,
            @Nullable String bridgePointCode,
            int seats,
            int presentInPerson,
            int presentOnline,
            int absent,
            int notCheckedIn,
            int unfilledSeats,
            List<Absence> absences) {}

    public record Absence(
            String invitationId,
            @Nullable String name,
            @Nullable String reason) {}

    public static AttendanceReport of(String planId, List<Invitation> invitations) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Invitation invitation : invitations) {
            if (invitation.status() == Invitation.Status.CANCELLED) {
                continue;
            }
            CheckIn checkIn = invitation.checkIn();
            String site = checkIn != null && checkIn.bridgePointCode() != null
                    ? checkIn.bridgePointCode()
                    : invitation.bridgePointCode();
            Tally tally = tallies.computeIfAbsent(key(invitation, site), k -> new Tally(invitation, site));
            if (invitation.parentId() == null) {
                tally.seats += seats(invitation);
            }
            if (invitation.kind() == Invitation.Kind.SEAT_QUOTA) {
                countQuota(invitation, tally);
            } else {
                countPerson(invitation, tally);
            }
        }
        List<Line> lines = tallies.values().stream()
                .map(Tally::line)
                .sorted(Comparator.comparing((Line line) -> Objects.toString(line.bridgePointCode(), ""))
                        .thenComparing(line -> Objects.toString(line.unitName(), "")))
                .toList();
        return new AttendanceReport(planId, sum(lines), lines);
    }

    private static void countQuota(Invitation quota, Tally tally) {
        Answer answer = quota.answer();
        int named = answer == null ? 0 : answer.delegateInvitationIds().size();
        if (quota.status() == Invitation.Status.DECLINED) {
            tally.absent += seats(quota);
            tally.absences.add(new Absence(quota.id().value(), quota.invitee().addressee(), answer.reason()));
        } else {
            tally.unfilled += seats(quota) - named;
        }
    }

    /** A unit that decides how many it sends holds as many seats as it named, and at least one. */
    private static int seats(Invitation invitation) {
        if (!invitation.openQuota()) {
            return invitation.seats();
        }
        Answer answer = invitation.answer();
        return Math.max(1, answer == null ? 0 : answer.delegateInvitationIds().size());
    }

    private static void countPerson(Invitation person, Tally tally) {
        CheckIn checkIn = person.checkIn();
        switch (person.status()) {
            case SUBSTITUTED -> {
                // the substitute fills the seat and is counted on their own invitation
            }
            case DECLINED -> {
                tally.absent++;
                tally.absences.add(new Absence(
                        person.id().value(),
                        person.invitee().addressee(),
                        person.answer().reason()));
            }
            default -> {
                if (checkIn == null) {
                    tally.notCheckedIn++;
                } else if (checkIn.presence() == CheckIn.Presence.IN_PERSON) {
                    tally.inPerson++;
                } else if (checkIn.presence() == CheckIn.Presence.ONLINE) {
                    tally.online++;
                } else {
                    tally.absent++;
                    tally.absences.add(
                            new Absence(person.id().value(), person.invitee().addressee(), checkIn.reason()));
                }
            }
        }
    }

    private static String key(Invitation invitation, String site) {
        String who = invitation.invitee().unitCode() != null
                ? invitation.invitee().unitCode()
                : "org:"
                        + Objects.toString(
                                invitation.invitee().affiliation(),
                                invitation.invitee().addressee());
        return who + "|" + Objects.toString(site, "");
    }

    private static Line sum(List<Line> lines) {
        int seats = 0, inPerson = 0, online = 0, absent = 0, waiting = 0, unfilled = 0;
        List<Absence> absences = new ArrayList<>();
        for (Line line : lines) {
            seats += line.seats();
            inPerson += line.presentInPerson();
            online += line.presentOnline();
            absent += line.absent();
            waiting += line.notCheckedIn();
            unfilled += line.unfilledSeats();
            absences.addAll(line.absences());
        }
        return new Line(null, null, null, seats, inPerson, online, absent, waiting, unfilled, absences);
    }

    private static final class Tally {
        private final String unitCode;
        private final String unitName;
        private final String site;
        private int seats;
        private int inPerson;
        private int online;
        private int absent;
        private int notCheckedIn;
        private int unfilled;
        private final List<Absence> absences = new ArrayList<>();

        Tally(Invitation first, String site) {
            this.unitCode = first.invitee().unitCode();
            this.unitName = first.invitee().affiliation() != null
                    ? first.invitee().affiliation()
                    : first.invitee().addressee();
            this.site = site;
        }

        Line line() {
            return new Line(
                    unitCode,
                    unitName,
                    site,
                    seats,
                    inPerson,
                    online,
                    absent,
                    notCheckedIn,
                    unfilled,
                    List.copyOf(absences));
        }
    }
}
