package vn.gov.conference.agenda;

import java.time.Instant;

/** What happened to an agenda, as the agenda raises it; {@link AgendaContracts} maps it to the published contract. */
public sealed interface AgendaEvent {

    Revision revision();

    Instant at();

    /** The first revision: the agenda is published. */
    record Published(Revision revision, Instant at) implements AgendaEvent {}

    /** A later revision: the office's edit, or the plan's time moving under a published agenda. */
    record Revised(Revision revision, Instant at) implements AgendaEvent {}
}
