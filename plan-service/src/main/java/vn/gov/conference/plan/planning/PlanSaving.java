package vn.gov.conference.plan.planning;

/** How {@link Plans} stores a plan: see {@link PlanSavingImpl}. */
interface PlanSaving {

    Plan save(Plan plan);

    /**
     * Takes the plan's lock before a step that must not be lost once done (drawing its document number): moves the
     * stored version on by one if it is still the one the plan was loaded with, so that any other change of the plan
     * loaded before fails from now on and this caller's next {@link #save} cannot.
     */
    void lock(Plan plan);
}
