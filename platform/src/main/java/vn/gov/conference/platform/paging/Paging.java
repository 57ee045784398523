package vn.gov.conference.platform.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The {@code page} and {@code size} a caller asked for, checked by {@link PageBounds} (the rule the gateway's lists
 * hold to too): pages count from 0, a page holds 1 to {@value #MAX_SIZE} items ({@value #DEFAULT_SIZE} when not
 * said).
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public static final int MAX_SIZE = PageBounds.MAX_SIZE;

    /** For {@code @RequestParam(defaultValue = …)}. */
    public static final String DEFAULT_SIZE_TEXT = "20";

    public Paging {
        PageBounds.check(page, size);
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
