package vn.gov.conference.bench.fanout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Delegates of a national conference: the units of Vietnam's 34 provinces and centrally run cities (as of July 2025),
 * each with named delegates, as the office's CSV import takes them ({@code name, position, email, unitCode, unitName,
 * organisation}). Names are generated from common Vietnamese family, middle and given names, in NFC.
 */
public final class InviteeList {

    static final List<String> PROVINCES = List.of(
            "Hà Nội",
            "Huế",
            "Lai Châu",
            "Điện Biên",
            "Sơn La",
            "Lạng Sơn",
            "Quảng Ninh",
            "Thanh Hóa",
            "Nghệ An",
            "Hà Tĩnh",
            "Cao Bằng",
            "Tuyên Quang",
            "Lào Cai",
            "Thái Nguyên",
            "Phú Thọ",
            "Bắc Ninh",
            "Hưng Yên",
            "Hải Phòng",
            "Ninh Bình",
            "Quảng Trị",
            "Đà Nẵng",
            "Quảng Ngãi",
            "Gia Lai",
            "Khánh Hòa",
            "Lâm Đồng",
            "Đắk Lắk",
            "Hồ Chí Minh",
            "Đồng Nai",
            "Tây Ninh",
            "Cần Thơ",
            "Vĩnh Long",
            "Đồng Tháp",
            "Cà Mau",
            "An Giang");
    private static final List<String[]> UNITS = List.of(
            new String[] {"UBND", "Ủy ban nhân dân"},
            new String[] {"VPUBND", "Văn phòng Ủy ban nhân dân"},
            new String[] {"SNV", "Sở Nội vụ"},
            new String[] {"STC", "Sở Tài chính"},
            new String[] {"SKHCN", "Sở Khoa học và Công nghệ"},
            new String[] {"STP", "Sở Tư pháp"},
            new String[] {"TTT", "Thanh tra"},
            new String[] {"TTPVHCC", "Trung tâm Phục vụ hành chính công"});
    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Đức");
    private static final List<String> GIVEN = List.of(
            "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh", "Lan",
            "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng",
            "Thủy", "Trang", "Trung", "Tuấn", "Yến");
    private static final List<String> POSITIONS =
            List.of("Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng Cải cách hành chính", "Chuyên viên");

    public record Invitee(
            String name, String position, String email, String unitCode, String unitName, String province) {}

    private InviteeList() {}

    /** {@code count} delegates spread evenly over the 34 provinces, addresses {@code db<n>.<province>@<domain>}. */
    public static List<Invitee> of(int count, String domain) {
        List<Invitee> invitees = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            String slug = slug(province);
            String[] unit = UNITS.get((i / PROVINCES.size()) % UNITS.size());
            String name = FAMILY.get(i % FAMILY.size()) + " " + MIDDLE.get((i / 7) % MIDDLE.size()) + " "
                    + GIVEN.get((i / 3) % GIVEN.size());
            invitees.add(new Invitee(
                    name,
                    POSITIONS.get(i % POSITIONS.size()),
                    String.format("db%05d.%s@%s", i, slug, domain),
                    slug.toUpperCase(Locale.ROOT) + "-" + unit[0],
                    unit[1] + " "
                            + (province.equals("Hồ Chí Minh")
                                            || province.equals("Hà Nội")
                                            || province.equals("Hải Phòng")
                                            || province.equals("Đà Nẵng")
                                            || province.equals("Cần Thơ")
                                            || province.equals("Huế")
                                    ? "thành phố "
                                    : "tỉnh ")
                            + province,
                    province));
        }
        return invitees;
    }

    public static String csv(List<Invitee> invitees) {
        StringBuilder csv = new StringBuilder("name,position,email,unitCode,unitName,organisation\n");
        for (Invitee invitee : invitees) {
            csv.append(invitee.name())
                    .append(',')
                    .append(invitee.position())
                    .append(',')
                    .append(invitee.email())
                    .append(',')
                    .append(invitee.unitCode())
                    .append(',')
                    .append(invitee.unitName())
                    .append(',')
                    .append(invitee.unitName())
                    .append('\n');
        }
        return csv.toString();
    }

    static String slug(String province) {
        String folded = Normalizer.normalize(province.replace("Đ", "D").replace("đ", "d"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
