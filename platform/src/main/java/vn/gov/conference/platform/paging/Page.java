package vn.gov.conference.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the API answers it: {@code items} (at most {@code size}), the page's number
 * from 0, the size asked for and how many there are in all. A page past the end has no items and the same total.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The page of a list already held whole (already in its stable order). */
    public static <T> Page<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(all.subList(from, to), paging.page(), paging.size(), all.size());
    }

    /** The page Spring Data read (count and slice in the database). */
    public static <T> Page<T> of(org.springframework.data.domain.Page<T> found, Paging paging) {
        return new Page<>(found.getContent(), paging.page(), paging.size(), found.getTotalElements());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
