package vn.gov.conference.platform.paging;

import vn.gov.conference.platform.web.InvalidInputException;

/**
 * The {@code page} and {@code size} rule of every list, the services' and the gateway's own: pages count from 0, a
 * page holds 1 to {@value #MAX_SIZE} items. Anything else is a 400 problem naming the parameter and the rule
 * {@code range}, never a silent clamp: a client that asks for 1,000 learns the limit.
 */
public final class PageBounds {

    public static final int MAX_SIZE = 100;

    /** The largest page number accepted: beyond it the offset would not fit the database's skip. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    private PageBounds() {}

    /** Refuses a page or size out of range with {@link InvalidInputException}. */
    public static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "range", "Pages are counted from 0 (at most " + MAX_PAGE + ").");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "range", "A page holds 1 to " + MAX_SIZE + " items.");
        }
    }
}
