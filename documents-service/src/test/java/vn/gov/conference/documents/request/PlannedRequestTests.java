package vn.gov.conference.documents.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.conference.contracts.Province;
import vn.gov.conference.contracts.UnitRef;
import vn.gov.conference.contracts.plan.Assignment;
import vn.gov.conference.contracts.plan.Deliverable;
import vn.gov.conference.contracts.plan.PlanSnapshot;

class PlannedRequestTests {

    static final UnitRef OFFICE = new UnitRef("TG-VPUBND", "Văn phòng Ủy ban nhân dân tỉnh");
    static final UnitRef SNV = new UnitRef("TG-SNV", "Sở Nội vụ");
    static final UnitRef SKHDT = new UnitRef("TG-SKHDT", "Sở Kế hoạch và Đầu tư");
    static final UnitRef STTTT = new UnitRef("TG-STTTT", "Sở Thông tin và Truyền thông");
    static final OffsetDateTime JULY_25 = OffsetDateTime.parse("2024-07-25T00:00+07:00");
    static final OffsetDateTime JULY_30 = OffsetDateTime.parse("2024-07-30T00:00+07:00");

    @Test
    void asksForEveryDeliverableAndMakesChainedStepsWait() {
        List<PlannedRequest> planned = PlannedRequest.of(plan(List.of(
                new Assignment("a-skhdt-speech", SKHDT, List.of(speech("PCI")), JULY_25, SNV, "a-snv-speech"),
                new Assignment("a-stttt-speech", STTTT, List.of(speech("DTI")), JULY_25, SNV, "a-snv-speech"),
                new Assignment("a-snv-speech", SNV, List.of(speech("tổng thể")), JULY_30, OFFICE, null),
                new Assignment(
                        "a-snv-report",
                        SNV,
                        List.of(
                                new Deliverable("REPORT", "Báo cáo kết quả PAR Index, SIPAS, PAPI năm 2023"),
                                new Deliverable("SLIDES", "Trình chiếu")),
                        JULY_30,
                        OFFICE,
                        null),
                new Assignment("a-hall", SNV, List.of(), null, OFFICE, null))));

        assertThat(planned)
                .extracting(
                        PlannedRequest::assignmentId,
                        PlannedRequest::deliverableIndex,
                        PlannedRequest::waitsForPreviousStep)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a-skhdt-speech", 0, false),
                        org.assertj.core.groups.Tuple.tuple("a-stttt-speech", 0, false),
                        org.assertj.core.groups.Tuple.tuple("a-snv-speech", 0, true),
                        org.assertj.core.groups.Tuple.tuple("a-snv-report", 0, false),
                        org.assertj.core.groups.Tuple.tuple("a-snv-report", 1, false));
        PlannedRequest first = planned.getFirst();
        assertThat(first.terms())
                .isEqualTo(new Terms(
                        MaterialKind.DRAFT_SPEECH,
                        "Dự thảo phát biểu về PCI",
                        SKHDT,
                        SNV,
                        JULY_25.toInstant(),
                        "a-snv-speech"));
        assertThat(planned.get(4).terms().kind()).isEqualTo(MaterialKind.SLIDES);
    }

    @Test
    void derivesTheSameIdsFromTheSamePlanAndDifferentOnesFromAnother() {
        PlannedRequest request = PlannedRequest.of(
                        plan(List.of(new Assignment("a-1", SKHDT, List.of(speech("PCI")), JULY_25, SNV, null))))
                .getFirst();

        assertThat(request.id("plan-1")).isEqualTo(MaterialRequestId.of("plan-1", "a-1", 0));
        assertThat(request.id("plan-2")).isNotEqualTo(request.id("plan-1"));
        assertThat(MaterialRequestId.of("plan-1", "a-1", 1)).isNotEqualTo(request.id("plan-1"));
    }

    @Test
    void keepsUnknownKindsAsOther() {
        assertThat(MaterialKind.from("VIDEO")).isEqualTo(MaterialKind.OTHER);
        assertThat(MaterialKind.from(null)).isEqualTo(MaterialKind.OTHER);
        assertThat(MaterialKind.from("discussion_paper")).isEqualTo(MaterialKind.DISCUSSION_PAPER);
    }

    static Deliverable speech(String topic) {
        return new Deliverable("DRAFT_SPEECH", "Dự thảo phát biểu về " + topic);
    }

    static PlanSnapshot plan(List<Assignment> assignments) {
        return new PlanSnapshot(
                "plan-1",
                1,
                new Province("tien-giang", "Tiền Giang"),
                null,
                "276/KH-UBND",
                null,
                "Kế hoạch tổ chức hội nghị",
                List.of(),
                null,
                null,
                null,
                null,
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
