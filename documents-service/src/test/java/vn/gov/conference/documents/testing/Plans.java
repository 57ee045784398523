package vn.gov.conference.documents.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.plan.Assignment;
import vn.gov.conference.contracts.plan.Deliverable;
import vn.gov.conference.contracts.plan.PlanSnapshot;

/**
 * Approved plans shaped like Tiền Giang's 276/KH-UBND: draft speeches from three departments to Sở Nội vụ, whose
 * consolidation goes on to the office, and reports to the office. Each plan has a fresh id, because the broker and
 * the database are shared by every test of the JVM.
 */
public final class Plans {

    public static final UnitRef OFFICE = new UnitRef("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh");
    public static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    public static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    public static final UnitRef STTTT = new UnitRef("TG-STTTT", "Sở Thông tin và Truyền thông");
    public static final UnitRef TTT = new UnitRef("TG-TTT", "Thanh tra tỉnh");

    /** Assignment ids of {@link #tienGiang}. */
    public static final String SKHDT_SPEECH = "a-skhdt-speech";

    public static final String STTTT_SPEECH = "a-stttt-speech";
    public static final String SNV_SPEECH = "a-snv-speech";
    public static final String TTT_REPORT = "a-ttt-report";
    public static final String SKHDT_REPORT = "a-skhdt-report";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Plans() {}

    /**
     * Speeches due {@code daysAhead} days from today, the consolidation five days later; Thanh tra's report was due
     * before today, so anything submitted for it is late and it is overdue until then. Deadlines are the first late
     * instant, midnight in Vietnam, as plans state them ("trước ngày 25/7/2024").
     */
    public static PlanSnapshot tienGiang(int daysAhead) {
        OffsetDateTime today = LocalDate.now(ZONE).atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime speechesDue = today.plusDays(daysAhead);
        OffsetDateTime consolidationDue = speechesDue.plusDays(5);
        return snapshot(
                "plan-" + UUID.randomUUID(),
                List.of(
                        new Assignment(
                                SKHDT_SPEECH,
                                SKHDT,
                                List.of(new Deliverable("DRAFT_SPEECH", "Dự thảo nội dung phát biểu chỉ đạo về PCI")),
                                speechesDue,
                                SNV,
                                SNV_SPEECH),
                        new Assignment(
                                STTTT_SPEECH,
                                STTTT,
                                List.of(new Deliverable(
                                        "DRAFT_SPEECH", "Dự thảo nội dung phát biểu chỉ đạo về DTI, ICT index")),
                                speechesDue,
                                SNV,
                                SNV_SPEECH),
                        new Assignment(
                                SNV_SPEECH,
                                SNV,
                                List.of(new Deliverable("DRAFT_SPEECH", "Bài phát biểu chỉ đạo tổng thể các chỉ số")),
                                consolidationDue,
                                OFFICE,
                                null),
                        new Assignment(
                                TTT_REPORT,
                                TTT,
                                List.of(new Deliverable("REPORT", "Báo cáo kết quả chỉ số PACA năm 2023")),
                                today,
                                OFFICE,
                                null),
                        new Assignment(
                                SKHDT_REPORT,
                                SKHDT,
                                List.of(
                                        new Deliverable("REPORT", "Báo cáo kết quả PCI năm 2023"),
                                        new Deliverable("SLIDES", "Trình chiếu PCI")),
                                consolidationDue,
                                OFFICE,
                                null)));
    }

    public static PlanSnapshot snapshot(String planId, List<Assignment> assignments) {
        return new PlanSnapshot(
                planId,
                1,
                new Province("tien-giang", "Tiền Giang"),
                new UnitRef("TG-UBND", "Ủy ban nhân dân tỉnh Tiền Giang"),
                "276/KH-UBND",
                null,
                "Tổ chức hội nghị đánh giá các chỉ số: PAR Index, SIPAS, PAPI, PCI, DTI, ICT Index, PACA năm 2023",
                List.of(),
                null,
                null,
                null,
                "Thường trực Ủy ban nhân dân tỉnh",
                List.of(),
                List.of(),
                List.of(),
                130,
                assignments,
                false,
                "Nguyễn Văn Vĩnh",
                "Chủ tịch");
    }
}
