package vn.gov.conference.notification.invitation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.conference.notification.csv.CsvException;
import vn.gov.conference.notification.csv.CsvTable;

/**
 * Reads invitees from CSV. A line with a {@code name} invites that person (email required); a line without one
 * gives {@code seats} (default 1) to the unit {@code unitCode}, which names its delegates. Columns:
 * {@code name, position, email, unitCode, unitName, organisation, seats, bridgePoint, category, online};
 * Vietnamese headers work too ("họ tên", "chức vụ", "mã đơn vị", "số lượng", "điểm cầu", …). {@code category} is
 * OFFICIAL, GUEST or PRESS (or "cán bộ", "khách mời", "báo chí"). All or nothing.
 */
public final class InviteeCsv {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("name", "name"),
            Map.entry("ho ten", "name"),
            Map.entry("ho va ten", "name"),
            Map.entry("position", "position"),
            Map.entry("chuc vu", "position"),
            Map.entry("email", "email"),
            Map.entry("e mail", "email"),
            Map.entry("unitcode", "unitCode"),
            Map.entry("unit code", "unitCode"),
            Map.entry("ma don vi", "unitCode"),
            Map.entry("unitname", "unitName"),
            Map.entry("unit name", "unitName"),
            Map.entry("ten don vi", "unitName"),
            Map.entry("don vi", "unitName"),
            Map.entry("organisation", "organisation"),
            Map.entry("organization", "organisation"),
            Map.entry("co quan", "organisation"),
            Map.entry("to chuc", "organisation"),
            Map.entry("seats", "seats"),
            Map.entry("so luong", "seats"),
            Map.entry("so dai bieu", "seats"),
            Map.entry("bridgepoint", "bridgePoint"),
            Map.entry("bridge point", "bridgePoint"),
            Map.entry("diem cau", "bridgePoint"),
            Map.entry("category", "category"),
            Map.entry("loai", "category"),
            Map.entry("thanh phan", "category"),
            Map.entry("online", "online"),
            Map.entry("truc tuyen", "online"));

    private InviteeCsv() {}

    public static List<InviteeSpec> parse(String text, boolean remoteSites) {
        CsvTable table = CsvTable.parse(text, ALIASES);
        ImportLimit.check("body", table.rows().size());
        List<CsvException.LineError> errors = new ArrayList<>();
        if (!table.has("name") && !table.has("unitCode")) {
            throw new CsvException(
                    List.of(new CsvException.LineError(1, "name", "Cần cột name (họ tên) hoặc unitCode (mã đơn vị).")));
        }
        List<InviteeSpec> specs = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.size();
            Optional<String> name = table.cell(row, "name");
            Optional<String> email = table.cell(row, "email");
            Optional<String> unitCode = table.cell(row, "unitCode");
            String site = table.cell(row, "bridgePoint").orElse(null);
            Invitee.Category category =
                    category(table.cell(row, "category").orElse(null), unitCode.isPresent(), row.line(), errors);
            if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
                errors.add(new CsvException.LineError(row.line(), "email", "Địa chỉ email không hợp lệ."));
            }
            InviteeSpec spec = null;
            if (name.isPresent()) {
                if (email.isEmpty()) {
                    errors.add(new CsvException.LineError(row.line(), "email", "Thiếu email của đại biểu."));
                }
                boolean online = table.cell(row, "online").map(InviteeCsv::yes).orElse(remoteSites && site != null);
                Invitee person = new Invitee(
                        name.get(),
                        table.cell(row, "position").orElse(null),
                        unitCode.orElse(null),
                        table.cell(row, "unitName").orElse(null),
                        table.cell(row, "organisation").orElse(null),
                        email.orElse(null),
                        category);
                spec = person.email() == null
                        ? null
                        : new InviteeSpec(personKey(person.email()), person, 1, site, online);
            } else if (unitCode.isPresent()) {
                int seats = seats(table.cell(row, "seats").orElse("1"), row.line(), errors);
                Invitee unit = Invitee.unit(
                        unitCode.get(), table.cell(row, "unitName").orElse(null), email.orElse(null), category);
                spec = new InviteeSpec(unitKey(unitCode.get(), site), unit, seats, site, remoteSites && site != null);
            } else {
                errors.add(new CsvException.LineError(row.line(), "name", "Cần họ tên hoặc mã đơn vị."));
            }
            if (errors.size() == before && spec != null) {
                if (!keys.add(spec.sourceKey())) {
                    errors.add(new CsvException.LineError(
                            row.line(), name.isPresent() ? "email" : "unitCode", "Trùng với một dòng phía trên."));
                } else {
                    specs.add(spec);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvException(errors);
        }
        return specs;
    }

    /** The source key of a person the office invites: one invitation per address and plan. */
    public static String personKey(String email) {
        return "added:person:" + email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The source key of seats the office gives a unit: one quota per unit and bridge point. */
    public static String unitKey(String unitCode, String site) {
        return "added:unit:" + unitCode.strip() + ":" + (site == null ? "" : site.strip());
    }

    private static int seats(String text, int line, List<CsvException.LineError> errors) {
        try {
            int seats = Integer.parseInt(text.strip());
            if (seats >= 1 && seats <= 500) {
                return seats;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        errors.add(new CsvException.LineError(line, "seats", "Số lượng đại biểu phải là số từ 1 đến 500."));
        return 1;
    }

    private static Invitee.Category category(
            String text, boolean hasUnit, int line, List<CsvException.LineError> errors) {
        if (text == null) {
            return hasUnit ? Invitee.Category.OFFICIAL : Invitee.Category.GUEST;
        }
        return switch (CsvTable.fold(text)) {
            case "official", "can bo", "dai bieu" -> Invitee.Category.OFFICIAL;
            case "guest", "khach moi", "khach" -> Invitee.Category.GUEST;
            case "press", "bao chi", "phong vien" -> Invitee.Category.PRESS;
            default -> {
                errors.add(new CsvException.LineError(
                        line, "category", "Loại đại biểu phải là OFFICIAL, GUEST hoặc PRESS."));
                yield Invitee.Category.OFFICIAL;
            }
        };
    }

    private static boolean yes(String text) {
        return switch (CsvTable.fold(text)) {
            case "true", "yes", "x", "1", "co" -> true;
            default -> false;
        };
    }
}
