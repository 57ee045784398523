package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A governance index a conference reviews. Who publishes it and which kind of department leads it in every province
 * change over time (the 2025 mergers of ministries and departments), so each version says so for its validity.
 */
public record GovernanceIndex(String code, String name, String fullName, List<String> aliases, List<Version> versions) {

    public GovernanceIndex {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public record Version(
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable String publisher,
            @Nullable UnitKind leadKind,
            @Nullable String note)
            implements Validity {}

    public Optional<Version> on(LocalDate day) {
        return versions.stream().filter(v -> v.validOn(day)).findFirst();
    }
}
