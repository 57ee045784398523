package vn.gov.conference.gateway.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A client as its managers see it; {@code clientSecret} only in the answer that created or rotated it.
 *
 * @param revokedAt when it was revoked; null while it may get tokens
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ClientView(
        String clientId,
        String clientSecret,
        String name,
        String role,
        String province,
        String unit,
        Instant createdAt,
        String createdBy,
        Instant secretChangedAt,
        Instant revokedAt,
        String revokedBy) {

    static ClientView of(ClientAccount client) {
        return withSecret(client, null);
    }

    static ClientView withSecret(ClientAccount client, String secret) {
        return new ClientView(
                client.clientId(),
                secret,
                client.name(),
                client.role().name(),
                client.province(),
                client.unit(),
                client.createdAt(),
                client.createdBy(),
                client.secretChangedAt(),
                client.revokedAt(),
                client.revokedBy());
    }

    record Page(List<ClientView> items, int page, int size, long total) {}
}
