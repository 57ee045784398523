package vn.gov.conference.agenda.programme;

import java.util.regex.Pattern;

/**
 * Who carries out an item, as the agenda prints it ("Thường trực Ủy ban nhân dân tỉnh"), with the unit's
 * reference code when there is one. Collective presenters ("Các sở, ban, ngành tỉnh …") have no code.
 */
public record Presenter(String unitCode, String name) {

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public Presenter {
        name = Texts.required(name, "name", 300);
        if (unitCode != null) {
            unitCode = unitCode.strip();
            if (unitCode.isEmpty()) {
                unitCode = null;
            } else if (unitCode.length() > 40 || !UNIT_CODE.matcher(unitCode).matches()) {
                throw new AgendaRuleViolation("unit", "must be a unit code such as TG-SNV");
            }
        }
    }
}
