package vn.gov.conference.plan.reference;

import java.util.List;

/** Which open plans (not closed, not cancelled) name a unit: such a unit may not be ended. */
public interface UnitUsage {

    List<String> openPlansNaming(String unitCode);
}
