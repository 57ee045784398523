package vn.gov.conference.web.console.office;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kế hoạch's own sections, in the order the document reads, each a form of its own that saves the request-form
 * fields it names ({@code fields}) with one merge patch. {@code lists} are the repeated rows it offers "Thêm dòng"
 * and "Xoá" for (as patterns of the list's path).
 */
public enum PlanSection {
    CHUNG("chung", "Chỉ số, tên kế hoạch, căn cứ", List.of("indices", "title", "preamble"), List.of("indices")),
    MUC_DICH("muc-dich", "Mục đích, yêu cầu", List.of("purposes", "requirements"), List.of()),
    TO_CHUC(
            "thoi-gian-dia-diem",
            "Thời gian, địa điểm, hình thức, chủ trì",
            List.of("time", "format", "venue", "chair"),
            List.of()),
    THANH_PHAN(
            "thanh-phan",
            "Thành phần tham dự",
            List.of("participants"),
            List.of("participants\\.groups", "participants\\.bridgePoints", "participants\\.externalGuests")),
    PHONG_NEN("phong-nen", "Phông hội nghị", List.of("backdrop"), List.of()),
    KINH_PHI("kinh-phi", "Kinh phí", List.of("budget"), List.of()),
    PHAN_CONG(
            "phan-cong",
            "Tổ chức thực hiện (phân công)",
            List.of("assignments"),
            List.of("assignments", "assignments\\[\\d+]\\.collaborators", "assignments\\[\\d+]\\.deliverables")),
    KET_THUC(
            "noi-nhan-nguoi-ky",
            "Kết luận, nơi nhận, người ký",
            List.of("closing", "distribution", "signer", "replacesInvitationLetter"),
            List.of("distribution", "distribution\\[\\d+]\\.units"));

    private final String slug;
    private final String title;
    private final List<String> fields;
    private final List<Pattern> lists;

    PlanSection(String slug, String title, List<String> fields, List<String> lists) {
        this.slug = slug;
        this.title = title;
        this.fields = fields;
        this.lists = lists.stream().map(Pattern::compile).toList();
    }

    String slug() {
        return slug;
    }

    /** Exposed to the templates (Thymeleaf reads getters). */
    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public int getNumber() {
        return ordinal() + 1;
    }

    String title() {
        return title;
    }

    List<String> fields() {
        return fields;
    }

    /** The section after this one, if any. */
    Optional<PlanSection> next() {
        PlanSection[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    public PlanSection getNext() {
        return next().orElse(null);
    }

    boolean hasList(String listPath) {
        return lists.stream().anyMatch(list -> list.matcher(listPath).matches());
    }

    static Optional<PlanSection> of(String slug) {
        return Arrays.stream(values())
                .filter(section -> section.slug.equals(slug))
                .findFirst();
    }

    /** The section whose form holds the request-form field at {@code path} ({@code assignments[3].owner}). */
    static Optional<PlanSection> holding(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String first = path.split("[.\\[]", 2)[0];
        return Arrays.stream(values())
                .filter(section -> section.fields.contains(first))
                .findFirst();
    }
}
