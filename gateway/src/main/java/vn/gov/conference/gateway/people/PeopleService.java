package vn.gov.conference.gateway.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.gov.conference.gateway.auth.Caller;
import vn.gov.conference.gateway.clients.Membership;
import vn.gov.conference.gateway.clients.UnitDirectory;
import vn.gov.conference.gateway.web.Refusal;
import vn.gov.conference.platform.paging.PageBounds;
import vn.gov.conference.platform.security.Role;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * People's accounts and who may manage them: an ADMIN anyone; an OFFICE the DEPARTMENT and OFFICE people of its own
 * province (another province's do not exist for it); nobody else. A new person chooses a password through a one-time
 * link mailed to them.
 */
class PeopleService {

    private static final Logger log = LoggerFactory.getLogger(PeopleService.class);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final List<Role> OFFICE_MANAGES = List.of(Role.DEPARTMENT, Role.OFFICE);

    private final SecureRandom random = new SecureRandom();

    private final People people;

    private final UnitDirectory units;

    private final ActivationMail mail;

    private final PasswordEncoder encoder;

    private final PeopleProperties properties;

    private final Clock clock;

    PeopleService(
            People people,
            UnitDirectory units,
            ActivationMail mail,
            PasswordEncoder encoder,
            PeopleProperties properties,
            Clock clock) {
        this.people = people;
        this.units = units;
        this.mail = mail;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    record NewPerson(String name, String email, String role, String province, String unit) {}

    record Activation(String token, String password) {}

    /** A person and whether the activation letter left (it can be sent again). */
    record Invited(Person person, boolean mailSent) {}

    Invited create(NewPerson request, Caller caller, String authorization) {
        String name = Membership.required("name", request.name());
        if (name.length() > 200) {
            throw Refusal.invalid("name", "too-long", "A name has at most 200 characters.");
        }
        String email = Membership.required("email", request.email()).toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw Refusal.invalid("email", "email", "'" + email + "' is not an email address.");
        }
        Membership membership = Membership.of(request.role(), request.province(), request.unit());
        checkCanManage(caller, membership.role(), membership.province(), true);
        membership.checkUnit(this.units, authorization, this.clock);
        String token = token();
        Person person = Person.invite(
                UUID.randomUUID().toString(),
                name,
                email,
                membership.role(),
                membership.province(),
                membership.unit(),
                hash(token),
                this.clock.instant().plus(this.properties.activationValidity()),
                this.clock.instant(),
                caller.subject());
        try {
            this.people.insert(person);
        } catch (DuplicateKeyException ex) {
            throw Refusal.conflictOn("email", "email-taken", "There is already an account for " + email + ".");
        }
        return new Invited(person, send(person, token));
    }

    /**
     * A new link: for a person who has not chosen a password yet (the letter was lost, or the link expired), or who
     * forgot it (the letter then says so; the old password works until the link is used). Not for a disabled account.
     */
    Invited reinvite(String id, Caller caller) {
        Person person = get(id, caller);
        if (person.status() == Person.Status.DISABLED) {
            throw Refusal.conflict("account-disabled", "A disabled account gets no link.");
        }
        String token = token();
        person.reinvite(hash(token), this.clock.instant().plus(this.properties.activationValidity()));
        Person saved = this.people.save(person);
        return new Invited(saved, send(saved, token));
    }

    /** The link's owner chooses a password: the link is used up, and the account can sign in. */
    Person activate(Activation activation) {
        String token = Membership.required("token", activation.token());
        Person person = this.people
                .findByActivationTokenHash(hash(token))
                .filter(found -> found.canActivate(this.clock.instant()))
                .orElseThrow(() -> Refusal.invalid(
                        "token",
                        "activation-link-invalid",
                        "This activation link is not valid any more (used, replaced or expired); ask for a new one."));
        PasswordRules.check(activation.password(), person.email(), person.name());
        person.activate(this.encoder.encode(activation.password()), this.clock.instant());
        return this.people.save(person);
    }

    People.Found list(String province, String role, int page, int size, Caller caller) {
        PageBounds.check(page, size);
        Role wanted = role == null || role.isBlank() ? null : Membership.role(role);
        String inProvince = VietnameseText.nfcOrNull(province);
        if (caller.is(Role.OFFICE)) {
            if (inProvince != null && !inProvince.equals(caller.province())
                    || wanted != null && !OFFICE_MANAGES.contains(wanted)) {
                return new People.Found(List.of(), 0);
            }
            return this.people.find(caller.province(), wanted == null ? OFFICE_MANAGES : List.of(wanted), page, size);
        }
        checkAdmin(caller);
        return this.people.find(inProvince, wanted == null ? null : List.of(wanted), page, size);
    }

    Person get(String id, Caller caller) {
        Person person = this.people.find(id).orElseThrow(() -> Refusal.notFound("No person " + id + "."));
        checkCanManage(caller, person.role(), person.province(), false);
        return person;
    }

    Person disable(String id, Caller caller) {
        Person person = get(id, caller);
        person.disable(caller.subject(), this.clock.instant());
        return this.people.save(person);
    }

    private boolean send(Person person, String token) {
        try {
            this.mail.send(person, token);
            return true;
        } catch (MailException ex) {
            log.warn("The activation letter to {} did not leave: {}", person.email(), ex.toString());
            return false;
        }
    }

    private static void checkCanManage(Caller caller, Role role, String province, boolean creating) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        if (!caller.is(Role.OFFICE)) {
            throw Refusal.forbidden(
                    "people-managed-by-admin-or-office",
                    "Only the operators (ADMIN) and a province's office manage people's accounts.");
        }
        if (province == null || !province.equals(caller.province())) {
            if (!creating) {
                throw Refusal.notFound("No such person in " + caller.province() + ".");
            }
            throw Refusal.forbidden(
                    "own-province-only",
                    "An office manages the people of its own province (" + caller.province() + ") only.");
        }
        if (!OFFICE_MANAGES.contains(role)) {
            throw Refusal.forbidden(
                    "office-manages-offices-and-departments",
                    "An office manages the accounts of its own staff and its departments' only; " + role
                            + " accounts are the operators'.");
        }
    }

    private static void checkAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw Refusal.forbidden(
                    "people-managed-by-admin-or-office",
                    "Only the operators (ADMIN) and a province's office manage people's accounts.");
        }
    }

    private String token() {
        byte[] bytes = new byte[32];
        this.random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A 256-bit random token needs no slow hash: SHA-256 keeps a stolen database from yielding working links. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
