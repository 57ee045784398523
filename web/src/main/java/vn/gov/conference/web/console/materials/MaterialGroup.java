package vn.gov.conference.web.console.materials;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.conference.web.console.department.MaterialRequest;

/**
 * The office's requests grouped by what they need from it, from the API's own {@code status} and
 * {@code deadlineStatus} (nothing measured here): overdue first, then those still due (soonest deadline first), those
 * waiting for review, returned, accepted, and the rest (waiting for an earlier step, closed).
 */
record MaterialGroup(String key, String name, String explanation, List<MaterialRequest> requests) {

    private static final Comparator<MaterialRequest> BY_DEADLINE =
            Comparator.comparing(MaterialRequest::deadline, Comparator.nullsLast(Comparator.naturalOrder()));

    static List<MaterialGroup> of(List<MaterialRequest> requests) {
        Map<String, MaterialGroup> groups = new LinkedHashMap<>();
        for (MaterialGroup group : List.of(
                new MaterialGroup("qua-han", "Quá hạn", "Chưa nộp bản đạt yêu cầu, đã quá hạn.", new ArrayList<>()),
                new MaterialGroup(
                        "sap-den-han", "Sắp đến hạn", "Chưa nộp, còn hạn; hạn gần nhất trước.", new ArrayList<>()),
                new MaterialGroup(
                        "da-nop", "Đã nộp, chờ duyệt", "Mở bản đã nộp để chấp nhận hoặc trả lại.", new ArrayList<>()),
                new MaterialGroup("tra-lai", "Đã trả lại", "Chờ đơn vị nộp lại.", new ArrayList<>()),
                new MaterialGroup("chap-nhan", "Đã chấp nhận", "Có thể công bố cho đại biểu.", new ArrayList<>()),
                new MaterialGroup("khac", "Khác", "Chờ bước trước hoặc đã đóng.", new ArrayList<>()))) {
            groups.put(group.key(), group);
        }
        for (MaterialRequest request : requests) {
            groups.get(keyOf(request)).requests().add(request);
        }
        groups.values().forEach(group -> group.requests().sort(BY_DEADLINE));
        return groups.values().stream()
                .filter(group -> !group.requests().isEmpty())
                .toList();
    }

    static String keyOf(MaterialRequest request) {
        String status = request.status() == null ? "" : request.status();
        return switch (status) {
            case "SUBMITTED" -> "da-nop";
            case "ACCEPTED" -> "chap-nhan";
            case "OPEN", "RETURNED" ->
                "OVERDUE".equals(request.deadlineStatus())
                        ? "qua-han"
                        : "RETURNED".equals(status) ? "tra-lai" : "sap-den-han";
            default -> "khac";
        };
    }
}
