package vn.gov.conference.web.console.central;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.conference.platform.time.VietnamTime;
import vn.gov.conference.platform.time.VietnameseDates;
import vn.gov.conference.web.console.ConsoleApi;
import vn.gov.conference.web.console.PlanDocument;
import vn.gov.conference.web.console.Readiness;
import vn.gov.conference.web.console.signed.SignedOriginalPanel;

/**
 * The central agency (Bộ Nội vụ): every province in force × index for one year of results — plan status, conference
 * date, readiness, overdue work — with each plan opened read-only, and the same table as CSV and as an Excel
 * workbook.
 */
@Controller
@RequestMapping("/console/toan-quoc")
class CentralPages {

    private final CentralApi central;
    private final ConsoleApi plans;
    private final Clock clock;
    private final SignedOriginalPanel signed;

    CentralPages(CentralApi central, ConsoleApi plans, Clock clock, SignedOriginalPanel signed) {
        this.central = central;
        this.plans = plans;
        this.clock = clock;
        this.signed = signed;
    }

    @GetMapping
    String dashboard(
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "chi-so", required = false) String index,
            Model model) {
        int chosen = year == null ? defaultYear() : year;
        String indexCode = index == null || index.isBlank() ? null : index;
        Coverage coverage = central.coverage(chosen, indexCode);
        model.addAttribute("year", chosen);
        model.addAttribute("index", indexCode);
        model.addAttribute("coverage", coverage);
        model.addAttribute("indices", central.indices());
        model.addAttribute("rows", DashboardRow.of(coverage, central.national(chosen, indexCode)));
        return "console/central";
    }

    @GetMapping("/ke-hoach/{planId}")
    String plan(@PathVariable String planId, Model model) {
        PlanDocument plan = plans.plan(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("readiness", plans.readiness(planId));
        model.addAttribute("back", "/console/toan-quoc");
        model.addAttribute("backLabel", "Toàn quốc");
        model.addAttribute("typed", Map.of());
        model.addAttribute("errors", Map.of());
        signed.addTo(model, plan, "/console/toan-quoc/ke-hoach/" + planId);
        return "console/plan";
    }

    /** The dashboard's table, UTF-8 with a byte order mark so that Excel on Vietnamese Windows reads the accents. */
    @GetMapping("/bang.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "chi-so", required = false) String index) {
        int chosen = year == null ? defaultYear() : year;
        StringBuilder csv = new StringBuilder("\uFEFF");
        table(chosen, index).forEach(cells -> csv.append(line(cells)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("toan-quoc-" + chosen + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same table as the CSV, line for line, as an Excel workbook (text cells, the header frozen). */
    @GetMapping("/bang.xlsx")
    ResponseEntity<byte[]> xlsx(
            @RequestParam(name = "nam", required = false) Integer year,
            @RequestParam(name = "chi-so", required = false) String index) {
        int chosen = year == null ? defaultYear() : year;
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("toan-quoc-" + chosen + ".xlsx")
                                .build()
                                .toString())
                .body(DashboardSheet.of("Toàn quốc " + chosen, table(chosen, index)));
    }

    /** The export's lines, header first: the one source of the CSV and the workbook. */
    List<List<String>> table(int chosen, String index) {
        String indexCode = index == null || index.isBlank() ? null : index;
        List<DashboardRow> rows =
                DashboardRow.of(central.coverage(chosen, indexCode), central.national(chosen, indexCode));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(
                "Mã tỉnh",
                "Tỉnh",
                "Chỉ số",
                "Năm kết quả",
                "Trạng thái",
                "Số kế hoạch",
                "Tên kế hoạch",
                "Thời gian hội nghị",
                "Sẵn sàng",
                "Hồ sơ quá hạn"));
        for (DashboardRow row : rows) {
            if (row.plans().isEmpty()) {
                table.add(List.of(
                        row.province(),
                        row.provinceName(),
                        row.index(),
                        String.valueOf(chosen),
                        "Chưa có kế hoạch",
                        "",
                        "",
                        "",
                        "",
                        ""));
            }
            for (DashboardRow.PlanLine line : row.plans()) {
                Readiness r = line.readiness();
                table.add(List.of(
                        row.province(),
                        row.provinceName(),
                        row.index(),
                        String.valueOf(chosen),
                        PlanDocument.statusName(line.plan().status()),
                        text(line.plan().documentNumber()),
                        text(line.plan().title()),
                        r == null ? "" : when(r.time()),
                        r == null ? "" : (r.ready() ? "Có" : "Chưa"),
                        r == null ? "" : String.valueOf(r.materials().overdue())));
            }
        }
        return table;
    }

    /** The exact start when fixed, the plan's own words ("Dự kiến tháng 8/2024") until then. */
    String when(Readiness.Time time) {
        if (time == null) {
            return "";
        }
        return time.start() != null ? VietnameseDates.full(time.start()) : text(time.label());
    }

    /** Last year's results are the ones reviewed this year. */
    private int defaultYear() {
        return Year.now(clock.withZone(VietnamTime.ZONE)).getValue() - 1;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CentralPages::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        // A leading = + - @ would be a formula to a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
