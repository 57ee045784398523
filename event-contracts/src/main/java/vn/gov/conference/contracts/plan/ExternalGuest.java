package vn.gov.conference.contracts.plan;

/** A named guest from outside the province (an expert, a ministry), possibly joining online. */
public record ExternalGuest(String id, String name, String position, String organisation, String email,
                            boolean online) {
}
