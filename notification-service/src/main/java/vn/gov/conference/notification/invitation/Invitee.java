package vn.gov.conference.notification.invitation;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.gov.conference.platform.text.VietnameseText;

/**
 * Who is invited. For a seat quota the unit itself is the addressee ({@code name} null) and names its delegates
 * later; otherwise a person, of a unit of the province or from outside ({@code organisation}).
 */
public record Invitee(@Nullable String name, @Nullable String position, @Nullable String unitCode,
                      @Nullable String unitName, @Nullable String organisation, @Nullable String email,
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
        name = nfc("name", name);
        position = nfc("position", position);
        unitCode = blankToNull(unitCode);
        unitName = nfc("unitName", unitName);
        organisation = nfc("organisation", organisation);
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
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

    /** Single lines, NFC, blank meaning absent; refused naming the field if unsafe ({@link VietnameseText}). */
    static String nfc(String field, String text) {
        return text == null || text.isBlank() ? null : VietnameseText.singleLine(field, text);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
