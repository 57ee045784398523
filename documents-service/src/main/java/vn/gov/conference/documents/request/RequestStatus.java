package vn.gov.conference.documents.request;

/**
 * Where a material request stands.
 * <pre>
 * WAITING ──(previous step accepted)──▶ OPEN ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED
 *                                         ▲                │   ▲ (resubmit: new version)
 *                                         └─── RETURNED ◀──┘   │
 *                                                 └──submit────┘
 * any state but ACCEPTED ──(plan cancelled, assignment withdrawn)──▶ CLOSED
 * </pre>
 */
public enum RequestStatus {
    /** A later step of a chain: nothing can be submitted until a step before it is accepted. */
    WAITING,
    OPEN,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    CLOSED;

    boolean takesSubmissions() {
        return this == OPEN || this == SUBMITTED || this == RETURNED;
    }

    /** The owner still owes a material: the state in which a passed deadline makes the request overdue. */
    boolean owesMaterial() {
        return this == OPEN || this == RETURNED;
    }

    boolean finished() {
        return this == ACCEPTED || this == CLOSED;
    }
}
