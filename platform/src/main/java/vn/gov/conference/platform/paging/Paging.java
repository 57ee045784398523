package vn.gov.conference.platform.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

import vn.gov.conference.platform.web.InvalidInputException;

/**
 * The {@code page} and {@code size} a caller asked for, checked once for every list: pages count from 0, a page
 * holds 1 to {@value #MAX_SIZE} items ({@value #DEFAULT_SIZE} when not said). Anything else is a 400 problem naming
 * the parameter and the rule {@code range}, never a silent clamp: a client that asks for 1,000 learns the limit.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = 100;

    /** For {@code @RequestParam(defaultValue = …)}. */
    public static final String DEFAULT_SIZE_TEXT = "20";

    /** The largest page number accepted: beyond it the offset would not fit the database's skip. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public Paging {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInputException("page", "range", "Pages are counted from 0 (at most " + MAX_PAGE + ").");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "range", "A page holds 1 to " + MAX_SIZE + " items.");
        }
    }

    public static Paging of(int page, int size) {
        return new Paging(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * For a Spring Data repository. The sort must end in a unique key (the id) so that equal values keep one order
     * from page to page: a page then neither repeats nor skips an item between two calls.
     */
    public Pageable pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    /** Adds the sort, skip and limit to a query; see {@link #pageable(Sort)} about the sort. */
    public Query applyTo(Query query, Sort sort) {
        return query.with(sort).skip(offset()).limit(size);
    }
}
