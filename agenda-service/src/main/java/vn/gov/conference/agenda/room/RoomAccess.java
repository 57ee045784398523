package vn.gov.conference.agenda.room;

import vn.gov.conference.platform.security.Caller;

/**
 * Whose bookings a caller sees: the central agency any province's (all when it names none), everyone else their own
 * province's; naming another province is refused as for anything of another province (404).
 */
final class RoomAccess {

    private RoomAccess() {}

    /** The province whose bookings to show, or null for every province's. */
    static String provinceShown(Caller caller, String asked) {
        if (caller.isCentral()) {
            return asked;
        }
        if (asked != null) {
            caller.checkCanRead(asked, "Province " + asked);
        }
        return caller.province();
    }
}
