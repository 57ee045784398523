package vn.gov.conference.notification.directory;

/**
 * Told when the directory stores a unit's entry (an office's edit or import), so that what waited for the unit's
 * address can go out now: the invitations feature sends the seat quotas it could not address before. The directory
 * knows no invitation; whoever waits on an address implements this.
 */
public interface UnitAddressListener {

    void unitStored(UnitContact contact);
}
