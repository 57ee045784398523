package vn.gov.conference.notification.csv;

import java.util.List;
import java.util.stream.Collectors;

/** A CSV file refused as a whole, with every line at fault: nothing of it is imported. */
public class CsvException extends RuntimeException {

    /** {@code column} is the canonical column name at fault, when one is. */
    public record LineError(int line, String column, String message) {}

    private final List<LineError> errors;

    public CsvException(List<LineError> errors) {
        super(errors.stream()
                .map(e -> "dòng " + e.line() + (e.column() == null ? "" : " (" + e.column() + ")") + ": " + e.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
