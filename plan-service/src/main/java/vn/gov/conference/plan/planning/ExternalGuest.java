package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * A guest from outside the province, named ("Bà Đỗ Thanh Huyền") or by position only ("Đại diện lãnh đạo Vụ
 * Cải cách hành chính"). Unlike units, a guest may carry an email: no unit directory knows them.
 */
public record ExternalGuest(
        @Nullable String id,
        @Nullable String salutation,
        @Nullable String name,
        @Nullable String position,
        @Nullable String organisation,
        @Nullable String email,
        boolean online,
        @Nullable String bridgePoint) {

    public ExternalGuest {
        id = VietnameseText.nfcOrNull(id);
        salutation = VietnameseText.nfcOrNull(salutation);
        name = VietnameseText.nfcOrNull(name);
        position = VietnameseText.nfcOrNull(position);
        organisation = VietnameseText.nfcOrNull(organisation);
        email = VietnameseText.nfcOrNull(email);
        bridgePoint = VietnameseText.nfcOrNull(bridgePoint);
    }
}
