package vn.gov.conference.plan.planning;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.gov.conference.platform.text.VietnameseText;

/**
 * What a plan may hold, checked on what a client writes (a draft, a merge-patched draft, an amendment, a schedule).
 * Every event of a plan carries its whole content, and the broker takes no message above 1 MB: with these bounds
 * the largest plan stays below about 400 KB of UTF-8 (60,000 characters at most 3 bytes each, 1,000 list items each
 * resolved to a unit's name at most), while the seeds (longest text 460 characters, longest list 52 groups, about
 * 13,000 characters and 125 items in all) stay far inside them. Free text is checked as well: single lines everywhere but
 * in notes and the closing, and nowhere a control character, a bidi override or a lone surrogate.
 */
final class PlanLimits {

    static final int MAX_TEXT_LENGTH = 2_000;
    static final int MAX_LIST_SIZE = 200;
    static final int MAX_TOTAL_TEXT = 60_000;
    static final int MAX_TOTAL_ITEMS = 1_000;
    private static final Set<String> MULTI_LINE = Set.of("note", "closing", "reason");

    private PlanLimits() {}

    /** Refuses {@code value} (a request record, a text) with 400 for unsafe text, 422 for what exceeds a bound. */
    static void check(String field, Object value) {
        Walk walk = new Walk();
        walk.visit(field, value);
        PlanRuleViolationException.throwIfAny(walk.unsafe);
        String whole = field.isEmpty() ? "plan" : field;
        // A single field over its bound explains the totals it breaks: only the field is named then.
        boolean fieldsWithinBounds = walk.tooLarge.isEmpty();
        if (fieldsWithinBounds && walk.total > MAX_TOTAL_TEXT) {
            walk.tooLarge.add(new Violation(
                    whole,
                    "max-total-length",
                    "A plan holds at most " + MAX_TOTAL_TEXT + " characters of text in all; this one holds "
                            + walk.total + "."));
        }
        if (fieldsWithinBounds && walk.items > MAX_TOTAL_ITEMS) {
            walk.tooLarge.add(new Violation(
                    whole,
                    "max-total-items",
                    "A plan holds at most " + MAX_TOTAL_ITEMS + " list items in all; this one holds " + walk.items
                            + "."));
        }
        if (!walk.tooLarge.isEmpty()) {
            throw new PlanTooLargeException(walk.tooLarge);
        }
    }

    private static final class Walk {

        final List<Violation> unsafe = new ArrayList<>();
        final List<Violation> tooLarge = new ArrayList<>();
        long total;
        long items;

        void visit(String path, Object value) {
            switch (value) {
                case null -> {}
                case String text -> text(path, text);
                case Collection<?> list -> {
                    items += list.size();
                    if (list.size() > MAX_LIST_SIZE) {
                        tooLarge.add(new Violation(
                                path, "max-items", "At most " + MAX_LIST_SIZE + " items, not " + list.size() + "."));
                    }
                    int i = 0;
                    for (Object item : list) {
                        visit(path + "[" + i++ + "]", item);
                    }
                }
                case Record record -> {
                    for (RecordComponent component : record.getClass().getRecordComponents()) {
                        visit(
                                path.isEmpty() ? component.getName() : path + "." + component.getName(),
                                read(component, record));
                    }
                }
                default -> {}
            }
        }

        private void text(String path, String text) {
            total += text.length();
            if (text.length() > MAX_TEXT_LENGTH) {
                tooLarge.add(new Violation(
                        path, "max-length", "At most " + MAX_TEXT_LENGTH + " characters, not " + text.length() + "."));
            }
            String name = path.substring(path.lastIndexOf('.') + 1);
            String rule = VietnameseText.unsafeCharacterRule(text, MULTI_LINE.contains(name));
            if (rule != null) {
                unsafe.add(new Violation(
                        path,
                        rule,
                        switch (rule) {
                            case "lone-surrogate" -> "A lone surrogate is not Unicode text.";
                            case "bidi-control" -> "Bidirectional override and embedding characters are not allowed.";
                            default ->
                                MULTI_LINE.contains(name)
                                        ? "Only line feeds and tabs are allowed as control characters."
                                        : "A single line: no control characters or line breaks.";
                        }));
            }
        }

        private static Object read(RecordComponent component, Record record) {
            try {
                return component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("unreadable " + component, e);
            }
        }
    }
}
