package vn.gov.conference.plan.planning;

import vn.gov.conference.plan.text.Texts;

/**
 * A guest from outside the province, named ("Bà Đỗ Thanh Huyền") or by position only ("Đại diện lãnh đạo Vụ
 * Cải cách hành chính"). Unlike units, a guest may carry an email: no unit directory knows them.
 */
public record ExternalGuest(String id, String salutation, String name, String position, String organisation,
                            String email, boolean online, String bridgePoint) {

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
