package vn.gov.conference.documents;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import vn.gov.conference.platform.events.AggregateRoot;

/**
 * What an aggregate raised since the test last looked: it keeps its raised events until it is saved, so a test that
 * drives several changes reads them a step at a time here.
 */
public final class Raised {

    private static final Map<AggregateRoot<?>, Integer> SEEN = new WeakHashMap<>();

    private Raised() {}

    public static synchronized <E> List<E> since(AggregateRoot<E> aggregate) {
        List<E> all = aggregate.raisedEvents();
        int seen = SEEN.getOrDefault(aggregate, 0);
        SEEN.put(aggregate, all.size());
        return all.subList(seen, all.size());
    }
}
