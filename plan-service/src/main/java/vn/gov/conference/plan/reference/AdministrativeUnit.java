package vn.gov.conference.plan.reference;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A version of an administrative unit. {@code province} is null for central units. {@code abbreviation} is the
 * part a document number carries for an issuing body ("UBND"). A collective unit stands for a set a plan names
 * as a whole ("Các sở, ban, ngành tỉnh"). {@code officialCode} is the national code of a commune or ward, when known.
 */
public record AdministrativeUnit(
        String code,
        String name,
        @Nullable String province,
        AdministrativeLevel level,
        UnitKind kind,
        @Nullable String abbreviation,
        boolean collective,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successor,
        @Nullable String officialCode,
        @Nullable String note)
        implements Validity {

    AdministrativeUnit endingOn(LocalDate lastDay, String successor) {
        return new AdministrativeUnit(
                code,
                name,
                province,
                level,
                kind,
                abbreviation,
                collective,
                validFrom,
                lastDay,
                successor,
                officialCode,
                note);
    }
}
