package vn.gov.conference.contracts.plan;

/**
 * A named guest from outside the province (an expert, a ministry), possibly joining online; {@code bridgePointCode}
 * (added in v1, may be null) is the bridge point the guest attends at, where the plan names one.
 */
public record ExternalGuest(
        String id,
        String name,
        String position,
        String organisation,
        String email,
        boolean online,
        String bridgePointCode) {

    /** A guest without a bridge point, as producers wrote it before the field was added. */
    public ExternalGuest(String id, String name, String position, String organisation, String email, boolean online) {
        this(id, name, position, organisation, email, online, null);
    }
}
