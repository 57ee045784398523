package vn.gov.conference.contracts.plan;

/** Where delegates sit: a room at an address, for online conferences the provincial bridge point's hall. */
public record Venue(String room, String address) {
}
