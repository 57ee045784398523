package vn.gov.conference.plan.planning;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What a plan raised since the test last looked: the plan keeps its raised events until it is saved, so a test that
 * drives several operations reads them a step at a time here.
 */
final class Raised {

    private static final Map<Plan, Integer> SEEN = new WeakHashMap<>();

    private Raised() {}

    static synchronized List<PlanEvent> since(Plan plan) {
        List<PlanEvent> all = plan.raisedEvents();
        int seen = SEEN.getOrDefault(plan, 0);
        SEEN.put(plan, all.size());
        return all.subList(seen, all.size());
    }
}
