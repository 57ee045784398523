package vn.gov.conference.notification.directory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a unit receives invitations: its contact email (a unit's general mailbox or its clerk), in one province.
 * Unit codes and names are the plan service's reference data; the directory only adds the address.
 */
@Document("directory")
public record UnitContact(@Id String unitCode, String unitName, String province, String email, String contactName,
                          String phone) {

    public UnitContact {
        unitCode = Objects.requireNonNull(unitCode, "unitCode").strip();
        unitName = nfc(unitName);
        province = province == null ? null : province.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        contactName = nfc(contactName);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    private static String nfc(String text) {
        return text == null || text.isBlank() ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
