package vn.gov.conference.plan.reference;

import java.time.LocalDate;

/**
 * A body every province has ({@code bodies.json}), expanded per province: code = the province's unit prefix and
 * {@code suffix}, name = {@code name} and the province's full name. {@code successor} is the suffix of the body that
 * took this one over when it ended.
 */
record BodyTemplate(
        String suffix,
        String name,
        AdministrativeLevel level,
        UnitKind kind,
        String abbreviation,
        boolean collective,
        LocalDate validFrom,
        LocalDate validTo,
        String successor,
        String note)
        implements Validity {}
