package vn.gov.conference.notification.invitation;

/**
 * How many invitees one request may add ({@value #MAX_INVITEES}), from CSV or JSON. Issuing an invitation writes
 * it and queues its letter; a 10,000-line file kept a request busy for over a minute, long after the gateway had
 * answered 504. A larger list is refused at once with 413 naming the cap; the client sends it in parts, safely
 * repeatable because an invitee already invited is not invited twice. (A background job would need its state and
 * progress in the database and a way to resume on another replica; the parts give the same result without.)
 */
public final class ImportLimit {

    public static final int MAX_INVITEES = 2_000;

    private ImportLimit() {}

    /** @param field what held the invitees, as the client sent it ({@code body} for a file, {@code invitees}) */
    public static void check(String field, int count) {
        if (count > MAX_INVITEES) {
            throw new TooManyInviteesException(field, count, MAX_INVITEES);
        }
    }
}
