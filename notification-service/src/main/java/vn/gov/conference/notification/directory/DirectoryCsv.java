package vn.gov.conference.notification.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.conference.notification.csv.CsvException;
import vn.gov.conference.notification.csv.CsvTable;

/**
 * Reads a unit directory from CSV: {@code code, name, province, email[, contactName, phone]} (Vietnamese headers
 * work too: "mã đơn vị", "tên đơn vị", "tỉnh", "email", "người liên hệ", "điện thoại"). All or nothing: any bad line
 * refuses the whole file, naming every bad line.
 */
public final class DirectoryCsv {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("code", "code"),
            Map.entry("unit code", "code"),
            Map.entry("unitcode", "code"),
            Map.entry("ma don vi", "code"),
            Map.entry("ma", "code"),
            Map.entry("name", "name"),
            Map.entry("unit name", "name"),
            Map.entry("unitname", "name"),
            Map.entry("ten don vi", "name"),
            Map.entry("don vi", "name"),
            Map.entry("province", "province"),
            Map.entry("tinh", "province"),
            Map.entry("email", "email"),
            Map.entry("e mail", "email"),
            Map.entry("contact name", "contactName"),
            Map.entry("contactname", "contactName"),
            Map.entry("nguoi lien he", "contactName"),
            Map.entry("phone", "phone"),
            Map.entry("dien thoai", "phone"),
            Map.entry("so dien thoai", "phone"));

    private DirectoryCsv() {}

    /** {@code allowedProvince}: when not null, every line must belong to it (an office imports its own units). */
    public static List<UnitContact> parse(String text, String allowedProvince) {
        CsvTable table = CsvTable.parse(text, ALIASES);
        List<CsvException.LineError> errors = new ArrayList<>();
        for (String required : List.of("code", "province", "email")) {
            if (!table.has(required)) {
                errors.add(new CsvException.LineError(1, required, "Thiếu cột " + required + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvException(errors);
        }
        List<UnitContact> contacts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String code = table.cell(row, "code").orElse(null);
            String province = table.cell(row, "province").orElse(null);
            String email = table.cell(row, "email").orElse(null);
            int before = errors.size();
            if (code == null) {
                errors.add(new CsvException.LineError(row.line(), "code", "Thiếu mã đơn vị."));
            } else if (!seen.add(code)) {
                errors.add(new CsvException.LineError(row.line(), "code", "Mã đơn vị " + code + " bị trùng."));
            }
            if (province == null) {
                errors.add(new CsvException.LineError(row.line(), "province", "Thiếu tỉnh."));
            } else if (allowedProvince != null && !allowedProvince.equals(province)) {
                errors.add(new CsvException.LineError(
                        row.line(),
                        "province",
                        "Đơn vị thuộc tỉnh " + province + ", không thuộc " + allowedProvince + "."));
            }
            if (email == null || !EMAIL.matcher(email).matches()) {
                errors.add(new CsvException.LineError(row.line(), "email", "Địa chỉ email không hợp lệ."));
            }
            if (errors.size() == before) {
                contacts.add(new UnitContact(
                        code,
                        table.cell(row, "name").orElse(null),
                        province,
                        email,
                        table.cell(row, "contactName").orElse(null),
                        table.cell(row, "phone").orElse(null)));
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvException(errors);
        }
        return contacts;
    }
}
