package vn.gov.conference.notification.directory;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * Where a unit receives invitations: its contact email (a unit's general mailbox or its clerk), in one province.
 * Unit codes and names are the plan service's reference data; the directory only adds the address.
 */
@Document("directory")
public record UnitContact(
        @Id String unitCode,
        @Nullable String unitName,
        String province,
        String email,
        @Nullable String contactName,
        @Nullable String phone) {

    public UnitContact {
        unitCode = Objects.requireNonNull(unitCode, "unitCode").strip();
        unitName = VietnameseText.singleLineOrNull("unitName", unitName);
        province = province == null ? null : province.strip();
        email = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
        contactName = VietnameseText.singleLineOrNull("contactName", contactName);
        phone = VietnameseText.nfcOrNull(phone);
    }
}
