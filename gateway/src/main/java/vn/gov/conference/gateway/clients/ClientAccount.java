package vn.gov.conference.gateway.clients;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.security.Role;

/**
 * A machine client of the embedded authorization server (a department's system, an office's tool, the operators'
 * scripts): who it is, the claims its tokens carry, and the hash of its secret. The secret itself is never stored.
 * A revoked client stays, so that its id is never given to another and its history can be read.
 */
@Document("clients")
public class ClientAccount {

    @Id
    private final String clientId;

    private final String name;

    private final Role role;

    private final String province;

    private final String unit;

    private String secretHash;

    private final Instant createdAt;

    private final String createdBy;

    private Instant secretChangedAt;

    private Instant revokedAt;

    private String revokedBy;

    @Version
    private Long version;

    @PersistenceCreator
    ClientAccount(
            String clientId,
            String name,
            Role role,
            String province,
            String unit,
            String secretHash,
            Instant createdAt,
            String createdBy,
            Instant secretChangedAt,
            Instant revokedAt,
            String revokedBy,
            Long version) {
        this.clientId = clientId;
        this.name = name;
        this.role = role;
        this.province = province;
        this.unit = unit;
        this.secretHash = secretHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.secretChangedAt = secretChangedAt;
        this.revokedAt = revokedAt;
        this.revokedBy = revokedBy;
        this.version = version;
    }

    public static ClientAccount create(
            String clientId,
            String name,
            Role role,
            String province,
            String unit,
            String secretHash,
            Instant now,
            String createdBy) {
        return new ClientAccount(
                clientId, name, role, province, unit, secretHash, now, createdBy, now, null, null, null);
    }

    /** A new secret; the old one stops working at once. */
    void rotate(String secretHash, Instant now) {
        if (isRevoked()) {
            throw new IllegalStateException("A revoked client gets no new secret");
        }
        this.secretHash = secretHash;
        this.secretChangedAt = now;
    }

    /** The same secret in a stronger hash (the authorization server upgrades old encodings as clients sign in). */
    public void rehash(String secretHash) {
        this.secretHash = secretHash;
    }

    void revoke(String by, Instant now) {
        if (!isRevoked()) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return this.revokedAt != null;
    }

    /** The claims of its tokens besides the standard ones; {@code sub} is the client id. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("role", this.role.name());
        if (this.province != null) {
            claims.put("province", this.province);
        }
        claims.put("unit", this.unit);
        return claims;
    }

    public String clientId() {
        return this.clientId;
    }

    public String name() {
        return this.name;
    }

    public Role role() {
        return this.role;
    }

    public String province() {
        return this.province;
    }

    public String unit() {
        return this.unit;
    }

    public String secretHash() {
        return this.secretHash;
    }

    public Instant createdAt() {
        return this.createdAt;
    }

    public String createdBy() {
        return this.createdBy;
    }

    public Instant secretChangedAt() {
        return this.secretChangedAt;
    }

    public Instant revokedAt() {
        return this.revokedAt;
    }

    public String revokedBy() {
        return this.revokedBy;
    }
}
