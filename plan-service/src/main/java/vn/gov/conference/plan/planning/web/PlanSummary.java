package vn.gov.conference.plan.planning.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.plan.planning.ConferenceFormat;
import vn.gov.conference.plan.planning.IndexUnderReview;
import vn.gov.conference.plan.planning.Plan;
import vn.gov.conference.plan.planning.PlanStatus;

/** A plan in a list: enough to pick it. */
record PlanSummary(
        String id,
        String province,
        String issuingBody,
        @Nullable String documentNumber,
        @Nullable String numberText,
        @Nullable LocalDate issuedOn,
        @Nullable String title,
        PlanStatus status,
        int version,
        @Nullable ConferenceFormat format,
        PlanView.TimeView time,
        List<IndexUnderReview> indices,
        OffsetDateTime updatedAt) {

    static PlanSummary of(Plan plan) {
        return new PlanSummary(
                plan.id().value(),
                plan.province(),
                plan.issuer().body().code(),
                plan.number() == null ? null : plan.number().text(),
                plan.numberText(),
                plan.issuedOn(),
                plan.content().title(),
                plan.status(),
                plan.version(),
                plan.content().format(),
                PlanView.TimeView.of(plan.content().time()),
                plan.content().indices(),
                plan.updatedAt());
    }
}
