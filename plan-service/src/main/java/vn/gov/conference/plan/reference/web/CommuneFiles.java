package vn.gov.conference.plan.reference.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.gov.conference.plan.reference.ReferenceEditing.CommuneRow;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * Reads a CSV import of communes: a header naming the columns (officialCode, name, kind, validFrom; any order, only
 * name and kind required), then one commune a line. Fields may be quoted ("…, …"); a blank field is absent.
 */
@Component
class CommuneFiles {

    List<CommuneRow> csv(String text) {
        List<String> lines = text == null
                ? List.of()
                : text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "header",
                    "required",
                    "The CSV needs a header line: officialCode,name,kind,validFrom.");
        }
        List<String> header = fields(lines.getFirst().replace("\uFEFF", ""));
        Map<String, Integer> columns = IntStream.range(0, header.size())
                .boxed()
                .collect(Collectors.toMap(i -> header.get(i).strip(), Function.identity(), (a, b) -> a));
        for (String required : List.of("name", "kind")) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "header",
                        "required",
                        "The CSV header names no column " + required + ".");
            }
        }
        List<CommuneRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = fields(lines.get(i));
            Function<String, String> value = column -> {
                Integer at = columns.get(column);
                return at == null || at >= fields.size() || fields.get(at).isBlank()
                        ? null
                        : fields.get(at).strip();
            };
            LocalDate validFrom;
            try {
                validFrom = value.apply("validFrom") == null ? null : LocalDate.parse(value.apply("validFrom"));
            } catch (DateTimeException e) {
                throw new InvalidInputException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "line " + (i + 1) + ".validFrom",
                        "invalid-date",
                        "validFrom is a date like 2025-07-01.");
            }
            rows.add(new CommuneRow(value.apply("officialCode"), value.apply("name"), value.apply("kind"), validFrom));
        }
        return rows;
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
