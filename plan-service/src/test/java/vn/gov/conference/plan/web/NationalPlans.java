package vn.gov.conference.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.gov.conference.testing.TestTokens;

/** Tokens of any province and the smallest plan any province can draft, for the national tests. */
final class NationalPlans {

    private NationalPlans() {}

    static String admin() {
        return TestTokens.token("admin", "ADMIN", null, null);
    }

    static String office(String province, String unitPrefix) {
        return TestTokens.token(unitPrefix.toLowerCase() + "-office", "OFFICE", province, unitPrefix + "-VPUBND");
    }

    static String approver(String province, String unitPrefix) {
        return TestTokens.token(unitPrefix.toLowerCase() + "-approver", "APPROVER", province, unitPrefix + "-UBND");
    }

    static String department(String province, String unit) {
        return TestTokens.token(unit.toLowerCase(), "DEPARTMENT", province, unit);
    }

    /** A plan of {@code province} held in a quarter of {@code year} reviewing PCI results, naming {@code units}. */
    static Map<String, Object> plan(String province, int quarter, int year, int reviewedYear, String... units) {
        List<Map<String, Object>> groups = Arrays.stream(units)
                .map(unit -> Map.<String, Object>of(
                        "id",
                        "g-" + unit.toLowerCase(),
                        "level",
                        "PROVINCE",
                        "unit",
                        unit,
                        "role",
                        "Lãnh đạo",
                        "count",
                        2))
                .toList();
        return Map.ofEntries(
                Map.entry("province", province),
                Map.entry("title", "Hội nghị đánh giá Chỉ số PCI năm " + reviewedYear),
                Map.entry("indices", List.of(Map.of("code", "PCI", "year", reviewedYear))),
                Map.entry("purposes", List.of("Đánh giá kết quả")),
                Map.entry("participants", Map.of("groups", groups, "statedTotal", 2 * units.length)),
                Map.entry("chair", "Thường trực Ủy ban nhân dân"),
                Map.entry("format", "IN_PERSON"),
                Map.entry("venue", Map.of("room", "Hội trường", "address", "Trụ sở Ủy ban nhân dân")),
                Map.entry("time", Map.of("quarter", quarter, "year", year)),
                Map.entry("distribution", List.of(Map.of("text", "Bộ Nội vụ", "units", List.of("BNV")))),
                Map.entry("signer", Map.of("name", "Nguyễn Văn A", "title", "Chủ tịch")));
    }
}
