package vn.gov.conference.plan.planning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.plan.reference.ReferenceData;
import vn.gov.conference.plan.reference.ReferenceSeed;

/** The two seed plans, read from demo-data exactly as the API receives them, and small hand-made plans. */
public final class Fixtures {

    public static final ReferenceData REFERENCE = ReferenceSeed.fromClasspath();
    public static final PlanContentResolver RESOLVER = new PlanContentResolver(() -> REFERENCE);
    public static final JsonMapper JSON = JsonMapper.builder().build();

    public static final OffsetDateTime JULY_20_2024 = OffsetDateTime.parse("2024-07-20T09:00:00+07:00");
    public static final LocalDate JULY_18_2024 = LocalDate.of(2024, 7, 18);
    public static final OffsetDateTime AUGUST_15_2024_0730 = OffsetDateTime.parse("2024-08-15T07:30:00+07:00");
    public static final OffsetDateTime AUGUST_15_2024_NOON = OffsetDateTime.parse("2024-08-15T12:00:00+07:00");

    private Fixtures() {}

    public static PlanRequest request(String file) {
        Path path = Path.of("..", "demo-data", "plans", file);
        try {
            return JSON.readValue(Files.readString(path), PlanRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanRequest tienGiangRequest() {
        return request("tien-giang-276.json");
    }

    public static PlanRequest dongThapRequest() {
        return request("dong-thap-2021.json");
    }

    public static Issuer issuerOf(PlanRequest request) {
        return RESOLVER.issuer(request.province(), request.issuingBody(), RESOLVER.draftDate(request));
    }

    public static PlanContent contentOf(PlanRequest request) {
        return RESOLVER.content(request, request.province(), null);
    }

    public static Plan tienGiangDraft() {
        PlanRequest request = tienGiangRequest();
        return Plan.draft(
                PlanId.generate(), issuerOf(request), contentOf(request), "tg-office", JULY_20_2024.minusDays(10));
    }

    public static Plan dongThapDraft() {
        PlanRequest request = dongThapRequest();
        return Plan.draft(
                PlanId.generate(),
                issuerOf(request),
                contentOf(request),
                "dt-office",
                OffsetDateTime.parse("2021-06-20T09:00:00+07:00"));
    }

    public static DocumentNumber number(Plan plan, int sequence, int year) {
        return DocumentNumber.forPlan(sequence, year, plan.issuer());
    }

    /** The Tiền Giang plan brought to {@code status} by the regular path, its events drained. */
    public static Plan tienGiangIn(PlanStatus status) {
        Plan plan = tienGiangDraft();
        switch (status) {
            case DRAFT -> {}
            case CANCELLED -> plan.cancel("Hoãn tổ chức", "tg-office", JULY_20_2024);
            default -> {
                plan.submit("tg-office", JULY_20_2024);
                if (status != PlanStatus.SUBMITTED) {
                    plan.approve(number(plan, 276, 2024), JULY_18_2024, null, "tg-approver", JULY_20_2024);
                }
                if (status == PlanStatus.SCHEDULED || status == PlanStatus.HELD || status == PlanStatus.CLOSED) {
                    plan.schedule(AUGUST_15_2024_0730, null, null, "tg-approver", JULY_20_2024);
                }
                if (status == PlanStatus.HELD || status == PlanStatus.CLOSED) {
                    plan.markHeld("tg-office", AUGUST_15_2024_NOON);
                }
                if (status == PlanStatus.CLOSED) {
                    plan.close("tg-office", AUGUST_15_2024_NOON.plusDays(7));
                }
            }
        }
        Raised.since(plan);
        return plan;
    }

    /** A small in-person plan of Tiền Giang that passes every rule; tests change one thing at a time. */
    public static PlanRequest smallRequest() {
        return new PlanRequest(
                "tien-giang",
                null,
                "Hội nghị đánh giá Chỉ số PAPI năm 2023",
                List.of(),
                List.of(new PlanRequest.IndexRequest("PAPI", 2023)),
                List.of("Đánh giá kết quả"),
                List.of(),
                new PlanRequest.ParticipantsRequest(
                        List.of(
                                new PlanRequest.GroupRequest(
                                        "g1", ParticipantLevel.PROVINCE, "TG-SNV", "Lãnh đạo", 2, null),
                                new PlanRequest.GroupRequest(
                                        "g2", ParticipantLevel.PROVINCE, "TG-MTTQ", "Lãnh đạo", 3, null)),
                        List.of(),
                        List.of(),
                        5,
                        false),
                "Thường trực Ủy ban nhân dân tỉnh",
                ConferenceFormat.IN_PERSON,
                new Venue("Phòng họp số 1", "Mỹ Tho", null),
                new PlanRequest.TimeRequest(null, null, null, 3, null, 2024, null, null),
                null,
                null,
                List.of(),
                List.of(new PlanRequest.DistributionRequest("Bộ Nội vụ", List.of("BNV"))),
                new Signer("Nguyễn Văn Vĩnh", "Chủ tịch", null),
                false,
                null);
    }

    public static PlanContent smallContent() {
        return contentOf(smallRequest());
    }
}
