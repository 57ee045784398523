package vn.gov.conference.plan.planning;

/** How {@link Plans} stores a plan: see {@link PlanSavingImpl}. */
interface PlanSaving {

    Plan save(Plan plan);

    /**
     * Takes the plan's lock before a step that must not be lost once done (drawing its document number): no other
     * change of the plan, loaded before or after, can be saved until this caller's next {@link #save} (or, if this
     * caller dies on the way, a short deadline), so that save cannot fail for a racing change.
     */
    void lock(Plan plan);

    /** Gives up the lock of {@link #lock} when the step it guarded was refused (the number asked for is taken). */
    void unlock(Plan plan);
}
