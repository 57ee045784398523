package vn.gov.conference.web.console.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.web.api.ApiRefusal;
import vn.gov.conference.web.console.ConsoleFake;
import vn.gov.conference.web.console.PlanDocument;

/**
 * The plan's forms without a server: the Tiền Giang seed read into the forms and sent back as the sections' merge
 * patches is the seed's request form again; rows left empty are not sent and the API's field paths come back to the
 * row typed in; "Thêm dòng" and "Xoá"; the time in its three forms; the totals against "khoảng N".
 */
class PlanFormMappingTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @SuppressWarnings("unchecked")
    static Map<String, Object> seed() throws IOException {
        Path file = Path.of("..", "demo-data", "plans", "tien-giang-276.json");
        return JSON.readValue(Files.readString(file), LinkedHashMap.class);
    }

    static PlanDocument plan(Map<String, Object> request) {
        Map<String, Object> view = new LinkedHashMap<>(ConsoleFake.view(request));
        view.put("id", "plan-seed");
        view.put("province", request.get("province"));
        view.put("status", "DRAFT");
        view.put("version", 1);
        view.put("actions", List.of("revise", "submit"));
        return JSON.convertValue(view, PlanDocument.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSeedReadIntoTheFormsComesBackAsItsRequestFormSectionBySection() throws IOException {
        Map<String, Object> seed = seed();
        FormValues form = PlanFormMapping.values(plan(seed));

        Map<String, Object> request = new LinkedHashMap<>();
        for (PlanSection section : PlanSection.values()) {
            PlanFormMapping.Patch patch = PlanFormMapping.patch(section, form);
            assertThat(patch.errors()).as(section.name()).isEmpty();
            assertThat(patch.body().keySet()).as(section.name()).containsExactlyInAnyOrderElementsOf(section.fields());
            request.putAll(patch.body());
        }

        Map<String, Object> time = (Map<String, Object>) request.remove("time");
        assertThat(time)
                .containsEntry("quarter", 3)
                .containsEntry("year", 2024)
                .containsEntry("start", null)
                .containsEntry("windowStart", null)
                .containsEntry("note", "Thời điểm cụ thể do Ủy ban nhân dân tỉnh quyết định")
                .as("the label the API writes itself is left to it")
                .containsEntry("label", null);
        Map<String, Object> expected = new LinkedHashMap<>(seed);
        expected.remove("province");
        expected.remove("issuingBody");
        expected.remove("time");
        assertThat(withoutNulls(request)).isEqualTo(withoutNulls(expected));
        assertThat(form.text("time.mode")).isEqualTo("tentative");
        assertThat(form.rows("participants.groups")).hasSize(40);
        assertThat(form.texts("assignments[3].collaborators"))
                .containsExactly("TG-SKHDT", "TG-STTTT", "TG-TTT", "TG-VPUBND");
    }

    @Test
    void emptyRowsAreNotSentAndTheApisFieldPathsComeBackToTheRowTypedIn() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("participants.groups[0].level", new String[] {"PROVINCE"});
        posted.put("participants.groups[0].unit", new String[] {"TG-SNV"});
        posted.put("participants.groups[0].role", new String[] {"Lãnh đạo"});
        posted.put("participants.groups[1].level", new String[] {"PROVINCE"});
        posted.put("participants.groups[1].unit", new String[] {""});
        posted.put("participants.groups[2].level", new String[] {"DISTRICT"});
        posted.put("participants.groups[2].unit", new String[] {"TG-XYZ"});
        posted.put("participants.groups[2].count", new String[] {"5"});
        posted.put("participants.statedTotal", new String[] {"khoảng trăm"});
        FormValues form = FormValues.parse(posted);

        PlanFormMapping.Patch patch = PlanFormMapping.patch(PlanSection.THANH_PHAN, form);

        assertThat(patch.errors()).containsOnlyKeys("participants.statedTotal");
        assertThat(patch.rows()).containsEntry("participants.groups", List.of(0, 2));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups =
                (List<Map<String, Object>>) ((Map<String, Object>) patch.body().get("participants")).get("groups");
        assertThat(groups).extracting(group -> group.get("unit")).containsExactly("TG-SNV", "TG-XYZ");
        assertThat(groups.get(1)).containsEntry("count", 5).containsEntry("role", null);

        ApiRefusal refusal = new ApiRefusal(
                400,
                "plan-rules",
                "The plan breaks rules.",
                List.of(
                        new ApiRefusal.FieldError(
                                "participants.groups[1].unit", "unknown-unit", "No unit TG-XYZ in the reference data."),
                        new ApiRefusal.FieldError(
                                "participants.groups[1].role", "required", "A group says who attends."),
                        new ApiRefusal.FieldError(
                                "participants.groups[1].id", "unique", "Group id G3 is used twice.")));
        assertThat(PlanFormMapping.errors(refusal, patch.rows()))
                .containsEntry("participants.groups[2].unit", "No unit TG-XYZ in the reference data.")
                .containsEntry("participants.groups[2].role", "A group says who attends.")
                .containsEntry("participants.groups[2]", "Group id G3 is used twice.");
    }

    @Test
    void nestedRowsMapBackThroughBothLevels() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("assignments[0].id", new String[] {"A1"});
        posted.put("assignments[1].id", new String[] {"A2"});
        posted.put("assignments[1].owner", new String[] {"TG-SNV"});
        posted.put("assignments[1].collaborators[0]", new String[] {""});
        posted.put("assignments[1].collaborators[1]", new String[] {"TG-UNKNOWN"});
        posted.put("assignments[1].deliverables[0].kind", new String[] {""});
        posted.put("assignments[1].deliverables[1].kind", new String[] {"REPORT"});
        posted.put("assignments[1].dueBefore", new String[] {"30/7/2024"});
        FormValues form = FormValues.parse(posted);

        PlanFormMapping.Patch patch = PlanFormMapping.patch(PlanSection.PHAN_CONG, form);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> assignments =
                (List<Map<String, Object>>) patch.body().get("assignments");

        assertThat(assignments).hasSize(1);
        assertThat(assignments.getFirst())
                .containsEntry("id", "A2")
                .containsEntry("collaborators", List.of("TG-UNKNOWN"))
                .containsEntry("dueBefore", "2024-07-30");
        ApiRefusal refusal = new ApiRefusal(
                400,
                "plan-rules",
                "x",
                List.of(
                        new ApiRefusal.FieldError(
                                "assignments[0].deliverables[0].title", "required", "Say what is delivered."),
                        new ApiRefusal.FieldError(
                                "assignments[0].collaborators[0]", "unknown-unit", "No unit TG-UNKNOWN."),
                        new ApiRefusal.FieldError(null, null, "Something else.")));
        assertThat(PlanFormMapping.errors(refusal, patch.rows()))
                .containsEntry("assignments[1].deliverables[1].title", "Say what is delivered.")
                .containsEntry("assignments[1].collaborators[1]", "No unit TG-UNKNOWN.")
                .containsEntry("form", "Something else.");
        assertThat(PlanFormMapping.describe("assignments[1].deliverables[1].title"))
                .isEqualTo("Nhiệm vụ 2 › Sản phẩm 2 › Tên");
    }

    @Test
    void theApisWholeFieldsLandOnAnInputOfTheirOwn() {
        Map<String, List<Integer>> none = Map.of();
        assertThat(PlanFormMapping.input("time.start", none)).isEqualTo("time.day");
        assertThat(PlanFormMapping.input("time", none)).isEqualTo("time.mode");
        assertThat(PlanFormMapping.input("purposes[2]", none)).isEqualTo("purposes");
        assertThat(PlanFormMapping.input("signer", none)).isEqualTo("signer.name");
        assertThat(PlanFormMapping.input("body", none)).isEqualTo("form");
        assertThat(PlanFormMapping.input("participants.groups", none)).isEqualTo("participants.groups");
        assertThat(PlanSection.holding("participants.groups[3].unit")).contains(PlanSection.THANH_PHAN);
        assertThat(PlanSection.holding("signer.name")).contains(PlanSection.KET_THUC);
    }

    @Test
    void rowsAreAddedAndRemovedOnTheFormAsTyped() {
        Map<String, String[]> posted = new LinkedHashMap<>();
        posted.put("distribution[7].text", new String[] {"Bộ Nội vụ"});
        posted.put("distribution[7].units[0]", new String[] {"BNV"});
        posted.put("distribution[9].text", new String[] {"Lưu: VT"});
        posted.put("_csrf", new String[] {"token"});
        posted.put("action", new String[] {"them:distribution"});
        FormValues form = FormValues.parse(posted);

        assertThat(form.rows("distribution")).hasSize(2);
        assertThat(form.text("distribution[1].text")).isEqualTo("Lưu: VT");
        assertThat(form.get("_csrf")).isNull();

        form.add("distribution", PlanFormMapping.emptyRow("distribution", form));
        form.add("distribution[1].units", PlanFormMapping.emptyRow("distribution[1].units", form));
        assertThat(form.size("distribution")).isEqualTo(3);
        assertThat(form.texts("distribution[1].units")).containsExactly("");
        assertThat(form.remove("distribution", 0)).isTrue();
        assertThat(form.text("distribution[0].text")).isEqualTo("Lưu: VT");

        FormValues assignments = FormValues.empty();
        assignments.add("assignments", PlanFormMapping.emptyRow("assignments", assignments));
        assignments.add("assignments", PlanFormMapping.emptyRow("assignments", assignments));
        assertThat(assignments.rows("assignments"))
                .extracting(row -> row.get("id"))
                .containsExactly("A1", "A2");
        assertThat(FormValues.id("participants.groups[3].unit")).isEqualTo("f-participants-groups-3-unit");
    }

    @Test
    void theTimeIsExactOrTentativeAndWhatTheFormCannotReadIsSaidBeforeTheApiIsAsked() {
        FormValues exact = FormValues.empty()
                .set("time.mode", "exact")
                .set("time.day", "2024-08-08")
                .set("time.clock", "07:30");
        assertThat(timeOf(exact))
                .containsEntry("start", "2024-08-08T07:30+07:00")
                .containsEntry("quarter", null);

        FormValues month = FormValues.empty()
                .set("time.mode", "tentative")
                .set("time.month", "9")
                .set("time.year", "2024")
                .set("time.label", "Dự kiến tháng 9/2024");
        assertThat(timeOf(month))
                .containsEntry("month", 9)
                .containsEntry("year", 2024)
                .containsEntry("start", null)
                .containsEntry("label", "Dự kiến tháng 9/2024");

        FormValues nothing = FormValues.empty().set("time.mode", "tentative");
        assertThat(PlanFormMapping.patch(PlanSection.TO_CHUC, nothing).body()).containsEntry("time", null);

        FormValues broken = FormValues.empty().set("time.mode", "exact").set("time.day", "2024-08-08");
        assertThat(PlanFormMapping.patch(PlanSection.TO_CHUC, broken).errors()).containsKey("time.day");
    }

    @Test
    void theTotalsCountAsPlanServiceDoesAgainstKhoangN() throws IOException {
        FormValues form = PlanFormMapping.values(plan(seed()));

        PlanFormMapping.Totals totals = PlanFormMapping.totals(form);

        assertThat(totals.counted()).isEqualTo(66);
        assertThat(totals.open()).isEqualTo(18);
        assertThat(totals.isConsistent()).isTrue();
        assertThat(totals.summary())
                .isEqualTo("66 đại biểu đã nêu số, 18 nhóm do đơn vị tự cử (chưa nêu số) — kế "
                        + "hoạch ghi khoảng 130 đại biểu.");

        form.set("participants.statedTotal", "50");
        assertThat(PlanFormMapping.totals(form).verdict()).isEqualTo("Vượt tổng số: các nhóm đã nêu số cộng lại 66.");
        form.set("participants.bridgePoints[0].code", "DC-1")
                .set("participants.bridgePoints[0].expectedAttendance", "40")
                .set("participants.groups[30].bridgePoint", "DC-1");
        assertThat(PlanFormMapping.totals(form).counted()).isEqualTo(66 - 5 + 40);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> timeOf(FormValues form) {
        PlanFormMapping.Patch patch = PlanFormMapping.patch(PlanSection.TO_CHUC, form);
        assertThat(patch.errors()).isEmpty();
        return (Map<String, Object>) patch.body().get("time");
    }

    /** The JSON tree with every null member left out (a request form may write them or not). */
    private static Object withoutNulls(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (value != null) {
                    copy.put((String) key, withoutNulls(value));
                }
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(withoutNulls(item)));
            return copy;
        }
        return node;
    }
}
