package vn.gov.conference.plan.reference;

import java.time.LocalDate;

/** Inclusive validity of a reference-data version; a null bound is open. */
interface Validity {

    LocalDate validFrom();

    LocalDate validTo();

    default boolean validOn(LocalDate day) {
        return (validFrom() == null || !day.isBefore(validFrom())) && (validTo() == null || !day.isAfter(validTo()));
    }

    default boolean overlaps(Validity other) {
        boolean startsBeforeOtherEnds =
                validFrom() == null || other.validTo() == null || !validFrom().isAfter(other.validTo());
        boolean endsAfterOtherStarts =
                validTo() == null || other.validFrom() == null || !validTo().isBefore(other.validFrom());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
