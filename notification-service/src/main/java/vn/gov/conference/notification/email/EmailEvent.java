package vn.gov.conference.notification.email;

import java.time.Instant;

/** What happened to an email's delivery; {@link EmailContracts} maps it to the published contract. */
public sealed interface EmailEvent {

    Instant at();

    record Delivered(Instant at) implements EmailEvent {}

    /** Attempt {@code attempt} failed with {@code error}; {@code willRetry} when another attempt follows. */
    record Failed(int attempt, String error, boolean willRetry, Instant at) implements EmailEvent {}
}
