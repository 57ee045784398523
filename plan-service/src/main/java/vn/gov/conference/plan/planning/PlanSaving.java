package vn.gov.conference.plan.planning;

/** How {@link Plans} stores a plan: see {@link PlanSavingImpl}. */
interface PlanSaving {

    Plan save(Plan plan);
}
