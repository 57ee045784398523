package vn.gov.conference.plan.planning;

import org.jspecify.annotations.Nullable;

import vn.gov.conference.plan.text.Texts;

/**
 * A guest from outside the province, named ("Bà Đỗ Thanh Huyền") or by position only ("Đại diện lãnh đạo Vụ
 * Cải cách hành chính"). Unlike units, a guest may carry an email: no unit directory knows them.
 */
public record ExternalGuest(@Nullable String id, @Nullable String salutation, @Nullable String name,
                            @Nullable String position, @Nullable String organisation, @Nullable String email,
                            boolean online, @Nullable String bridgePoint) {

    public ExternalGuest {
        id = Texts.clean(id);
        salutation = Texts.clean(salutation);
        name = Texts.clean(name);
        position = Texts.clean(position);
        organisation = Texts.clean(organisation);
        email = Texts.clean(email);
        bridgePoint = Texts.clean(bridgePoint);
    }
}
