package vn.gov.conference.gateway.people;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.conference.gateway.lockout.Lockouts;
import vn.gov.conference.gateway.web.Refusal;

/**
 * Checks a person's email and password, for the staff console's sign-in. Wrong passwords are counted per address in
 * the shared store; past the limit the account is locked for a while, even for the right password. Every refusal says
 * the same ("wrong email or password"), so that a guesser learns nothing about which addresses have accounts; only the
 * right password of a disabled account learns that it is disabled (its owner has to ask for it back).
 */
public class PasswordLogins {

    /** Compared against when the address has no account, so that an unknown address takes as long as a known one. */
    private final String decoyHash;

    private final People people;

    private final PasswordEncoder encoder;

    private final Lockouts lockouts;

    private final Lockouts.Policy policy;

    PasswordLogins(People people, PasswordEncoder encoder, Lockouts lockouts, Lockouts.Policy policy) {
        this.people = people;
        this.encoder = encoder;
        this.lockouts = lockouts;
        this.policy = policy;
        this.decoyHash = encoder.encode("decoy password for unknown addresses");
    }

    /** The person, when the password is theirs and their account is active; refused 401 or 429 otherwise. */
    public Person verify(String email, String password) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String key = "person:" + address;
        Duration locked = this.lockouts.lockedFor(key);
        if (!locked.isZero()) {
            throw lockedOut(locked);
        }
        Person person = this.people.findByEmail(address).orElse(null);
        boolean matches = this.encoder.matches(
                password == null ? "" : password,
                person == null || person.passwordHash() == null ? this.decoyHash : person.passwordHash());
        if (person != null && matches && person.status() == Person.Status.DISABLED) {
            this.lockouts.succeeded(key);
            throw Refusal.forbidden("account-disabled", "This account is disabled.");
        }
        if (person == null || !matches || person.status() != Person.Status.ACTIVE) {
            Duration nowLocked = this.lockouts.failed(key, this.policy);
            if (!nowLocked.isZero()) {
                throw lockedOut(nowLocked);
            }
            throw Refusal.unauthenticated("bad-credentials", "Wrong email or password.");
        }
        this.lockouts.succeeded(key);
        return person;
    }

    /** The person behind an address while their account is active: a refresh re-reads role, province and unit. */
    public Optional<Person> active(String email) {
        return this.people
                .findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(person -> person.status() == Person.Status.ACTIVE);
    }

    private static Refusal lockedOut(Duration locked) {
        long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
        return Refusal.tooManyAttempts(
                "login-lockout",
                "Too many wrong passwords: this account is locked; retry in " + seconds + " s.",
                seconds);
    }
}
