package vn.gov.conference.plan.reference;

import java.util.List;

/** A governance index a conference reviews and the kind of department that leads it in every province. */
public record GovernanceIndex(String code, String name, String fullName, String publisher, UnitKind leadKind,
                              List<String> aliases) {

    public GovernanceIndex {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
