package vn.gov.conference.gateway.people;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.security.Role;

/**
 * A person's account for the staff console: who they are, what they may do, and the hash of their password once they
 * chose one through the one-time activation link mailed to them. Only the hash of that link's token is stored.
 */
@Document("people")
public class Person {

    public enum Status {
        /** Created; waiting for the person to choose a password through the mailed link. */
        INVITED,
        ACTIVE,
        /** Disabled by the operators or the office: can no longer sign in. */
        DISABLED
    }

    @Id
    private final String id;

    private final String name;

    private final String email;

    private final Role role;

    private final String province;

    private final String unit;

    private Status status;

    private String passwordHash;

    private String activationTokenHash;

    private Instant activationExpiresAt;

    private final Instant createdAt;

    private final String createdBy;

    private Instant activatedAt;

    private Instant disabledAt;

    private String disabledBy;

    @Version
    private Long version;

    @PersistenceCreator
    Person(
            String id,
            String name,
            String email,
            Role role,
            String province,
            String unit,
            Status status,
            String passwordHash,
            String activationTokenHash,
            Instant activationExpiresAt,
            Instant createdAt,
            String createdBy,
            Instant activatedAt,
            Instant disabledAt,
            String disabledBy,
            Long version) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.role = role;
        this.province = province;
        this.unit = unit;
        this.status = status;
        this.passwordHash = passwordHash;
        this.activationTokenHash = activationTokenHash;
        this.activationExpiresAt = activationExpiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.activatedAt = activatedAt;
        this.disabledAt = disabledAt;
        this.disabledBy = disabledBy;
        this.version = version;
    }

    static Person invite(
            String id,
            String name,
            String email,
            Role role,
            String province,
            String unit,
            String activationTokenHash,
            Instant expiresAt,
            Instant now,
            String createdBy) {
        return new Person(
                id,
                name,
                email,
                role,
                province,
                unit,
                Status.INVITED,
                null,
                activationTokenHash,
                expiresAt,
                now,
                createdBy,
                null,
                null,
                null,
                null);
    }

    /** A demo account of the local stack, active with the password its file gives. */
    static Person seeded(
            String id,
            String name,
            String email,
            Role role,
            String province,
            String unit,
            String passwordHash,
            Instant now) {
        return new Person(
                id,
                name,
                email,
                role,
                province,
                unit,
                Status.ACTIVE,
                passwordHash,
                null,
                null,
                now,
                "seed",
                now,
                null,
                null,
                null);
    }

    /**
     * A new link, replacing any before it: for a person who has not chosen a password yet, or one who forgot it (the
     * password they have keeps working until the link is used, so nobody is locked out by asking for one).
     */
    void reinvite(String activationTokenHash, Instant expiresAt) {
        if (this.status == Status.DISABLED) {
            throw new IllegalStateException("A disabled account gets no link");
        }
        this.activationTokenHash = activationTokenHash;
        this.activationExpiresAt = expiresAt;
    }

    boolean canActivate(Instant now) {
        return this.status != Status.DISABLED
                && this.activationTokenHash != null
                && this.activationExpiresAt != null
                && now.isBefore(this.activationExpiresAt);
    }

    /** The link is used up: it cannot set a password a second time. The first activation's time is kept. */
    void activate(String passwordHash, Instant now) {
        if (!canActivate(now)) {
            throw new IllegalStateException("The activation link is no longer valid");
        }
        this.passwordHash = passwordHash;
        if (this.status == Status.INVITED) {
            this.status = Status.ACTIVE;
            this.activatedAt = now;
        }
        this.activationTokenHash = null;
        this.activationExpiresAt = null;
    }

    void disable(String by, Instant now) {
        if (this.status != Status.DISABLED) {
            this.status = Status.DISABLED;
            this.disabledAt = now;
            this.disabledBy = by;
            this.activationTokenHash = null;
        }
    }

    public String id() {
        return this.id;
    }

    public String name() {
        return this.name;
    }

    public String email() {
        return this.email;
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

    public Status status() {
        return this.status;
    }

    String passwordHash() {
        return this.passwordHash;
    }

    public Instant createdAt() {
        return this.createdAt;
    }

    public String createdBy() {
        return this.createdBy;
    }

    public Instant activatedAt() {
        return this.activatedAt;
    }

    public Instant disabledAt() {
        return this.disabledAt;
    }

    public String disabledBy() {
        return this.disabledBy;
    }
}
