package vn.gov.conference.notification.directory.web;

import vn.gov.conference.notification.directory.UnitContact;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.security.Role;

/**
 * Who reads and keeps the unit directory: anyone reads their own province's entries (the central agency every
 * province's, or the one it asks for); only an office writes, into its own province, and an entry of another province
 * is not found for it.
 */
final class DirectoryAccess {

    private DirectoryAccess() {}

    /** The province whose entries a list shows: the caller's own; for the central agency the one asked (or all). */
    static String listedProvince(Caller caller, String asked) {
        return caller.isCentral() ? asked : caller.province();
    }

    static void checkCanRead(Caller caller, UnitContact contact) {
        caller.checkCanRead(contact.province(), "Unit " + contact.unitCode());
    }

    /** Writing entries at all (before the entries are read): an office's. */
    static void checkCanWrite(Caller caller) {
        caller.checkRole(Role.OFFICE);
    }

    /** Replacing an entry that exists: the office of the entry's province. */
    static void checkCanReplace(Caller caller, UnitContact existing) {
        caller.checkCanWrite(existing.province(), "Unit " + existing.unitCode(), Role.OFFICE);
    }
}
