package vn.gov.conference.notification.invitation;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Who is invited. For a seat quota the unit itself is the addressee ({@code name} null) and names its delegates
 * later; otherwise a person, of a unit of the province or from outside ({@code organisation}).
 */
public record Invitee(
        @Nullable String name,
        @Nullable String position,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable String organisation,
        @Nullable String email,
        @Nullable Category category) {

    public enum Category {
        /** An official of a unit of the province (or the unit itself, for a seat quota). */
        OFFICIAL,
        /** A guest from outside the province: an expert, a ministry. */
        GUEST,
        /** A reporter invited to cover the conference. */
        PRESS
    }

    public Invitee {
        name = VietnameseText.singleLineOrNull("name", name);
        position = VietnameseText.singleLineOrNull("position", position);
        unitCode = VietnameseText.nfcOrNull(unitCode);
        unitName = VietnameseText.singleLineOrNull("unitName", unitName);
        organisation = VietnameseText.singleLineOrNull("organisation", organisation);
        email = VietnameseText.nfcOrNull(email);
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
        category = Objects.requireNonNullElse(category, Category.OFFICIAL);
    }

    public static Invitee unit(String unitCode, String unitName, String email, Category category) {
        return new Invitee(null, null, unitCode, unitName, null, email, category);
    }

    public boolean person() {
        return name != null;
    }

    /** How a letter names the addressee: the person, or the unit (an outside organisation) for a seat quota. */
    public String addressee() {
        if (person()) {
            return name;
        }
        return unitName != null ? unitName : unitCode != null ? unitCode : organisation;
    }

    /** The unit or organisation the invitee comes from, for lists and attendance. */
    public String affiliation() {
        return unitName != null ? unitName : organisation;
    }

    public Invitee withEmail(String newEmail) {
        return new Invitee(name, position, unitCode, unitName, organisation, newEmail, category);
    }
}
