package vn.gov.conference.web.console.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plan's form holds, as typed: a tree shaped like the plan's request form (objects, lists of rows, text) whose
 * paths are the inputs' names and the API's field paths alike ({@code participants.groups[3].unit},
 * {@code assignments[2].deliverables[0].title}). Every leaf is the text of an input; the section turns it into the
 * merge patch. Rows are renumbered from 0 in the order their indices came, so a removed row leaves no gap.
 */
public final class FormValues {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)((?:\\[\\d{1,4}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,4})]");
    /** Parameters that are the form's machinery, not the plan's content. */
    private static final List<String> MACHINERY = List.of("_csrf", "etag", "action");

    private final Map<String, Object> root;

    private FormValues(Map<String, Object> root) {
        this.root = root;
    }

    static FormValues empty() {
        return new FormValues(new LinkedHashMap<>());
    }

    /** The form as posted: each parameter named by its path; indices may come in any order and with gaps. */
    static FormValues parse(Map<String, String[]> parameters) {
        Map<String, Object> sparse = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (MACHINERY.contains(name) || values == null || values.length == 0) {
                return;
            }
            List<Object> path = path(name);
            if (path != null) {
                put(sparse, path, values[values.length - 1]);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> dense = (Map<String, Object>) compact(sparse);
        return new FormValues(dense);
    }

    /** A path's segments: names and row indices; null for a name that is no path. */
    static List<Object> path(String name) {
        List<Object> path = new ArrayList<>();
        for (String part : name.split("\\.", -1)) {
            Matcher segment = SEGMENT.matcher(part);
            if (!segment.matches()) {
                return null;
            }
            path.add(segment.group(1));
            Matcher index = INDEX.matcher(segment.group(2));
            while (index.find()) {
                path.add(Integer.valueOf(index.group(1)));
            }
        }
        return path;
    }

    static String name(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(segment);
            }
        }
        return name.toString();
    }

    /** The id an input of this name has in the page (and the error summary links to). */
    public static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> sparse, List<Object> path, String value) {
        Object node = sparse;
        for (int i = 0; i < path.size(); i++) {
            Object key = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            Object child;
            if (node instanceof TreeMap<?, ?> raw && key instanceof Integer index) {
                TreeMap<Integer, Object> rows = (TreeMap<Integer, Object>) raw;
                if (last) {
                    rows.put(index, value);
                    return;
                }
                child = rows.get(index);
                if (!fits(child, next)) {
                    child = fresh(next);
                    rows.put(index, child);
                }
            } else if (node instanceof LinkedHashMap<?, ?> raw && key instanceof String field) {
                Map<String, Object> object = (Map<String, Object>) raw;
                if (last) {
                    object.put(field, value);
                    return;
                }
                child = object.get(field);
                if (!fits(child, next)) {
                    child = fresh(next);
                    object.put(field, child);
                }
            } else {
                return;
            }
            node = child;
        }
    }

    private static boolean fits(Object child, Object nextKey) {
        return nextKey instanceof Integer ? child instanceof TreeMap<?, ?> : child instanceof LinkedHashMap<?, ?>;
    }

    private static Object fresh(Object nextKey) {
        return nextKey instanceof Integer ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
    }

    private static Object compact(Object node) {
        if (node instanceof TreeMap<?, ?> rows) {
            List<Object> list = new ArrayList<>();
            rows.values().forEach(row -> list.add(compact(row)));
            return list;
        }
        if (node instanceof Map<?, ?> object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((key, value) -> map.put((String) key, compact(value)));
            return map;
        }
        return node;
    }

    /** The node at {@code path} (text, a row, a list), or null. */
    public Object get(String path) {
        return at(path(path));
    }

    private Object at(List<Object> path) {
        Object node = root;
        if (path == null) {
            return null;
        }
        for (Object segment : path) {
            if (segment instanceof Integer index && node instanceof List<?> list) {
                node = index < list.size() ? list.get(index) : null;
            } else if (segment instanceof String field && node instanceof Map<?, ?> map) {
                node = map.get(field);
            } else {
                return null;
            }
        }
        return node;
    }

    /** The text typed at {@code path}, stripped; "" when nothing was. */
    public String text(String path) {
        return get(path) instanceof String text ? text.strip() : "";
    }

    /** The rows of the list at {@code path} (each a map of its inputs' texts and its own lists). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> rows(String path) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (get(path) instanceof List<?> list) {
            list.forEach(row ->
                    rows.add(row instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>()));
        }
        return rows;
    }

    /** The texts of a list of single inputs ({@code assignments[0].collaborators}). */
    public List<String> texts(String path) {
        List<String> texts = new ArrayList<>();
        if (get(path) instanceof List<?> list) {
            list.forEach(item -> texts.add(item instanceof String text ? text.strip() : ""));
        }
        return texts;
    }

    public int size(String path) {
        return get(path) instanceof List<?> list ? list.size() : 0;
    }

    /** Sets {@code path} (creating the objects and rows on the way). */
    @SuppressWarnings("unchecked")
    FormValues set(String path, Object value) {
        List<Object> segments = path(path);
        Object node = root;
        for (int i = 0; i < segments.size(); i++) {
            Object key = segments.get(i);
            boolean last = i == segments.size() - 1;
            Object fresh = last
                    ? value
                    : segments.get(i + 1) instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            if (key instanceof Integer index && node instanceof List<?> raw) {
                List<Object> list = (List<Object>) raw;
                while (list.size() <= index) {
                    list.add(
                            segments.size() > i + 1 && segments.get(i + 1) instanceof String
                                    ? new LinkedHashMap<String, Object>()
                                    : "");
                }
                if (last) {
                    list.set(index, value);
                } else if (!(list.get(index) instanceof Map<?, ?> || list.get(index) instanceof List<?>)) {
                    list.set(index, fresh);
                }
                node = list.get(index);
            } else if (key instanceof String field && node instanceof Map<?, ?> raw) {
                Map<String, Object> map = (Map<String, Object>) raw;
                if (last) {
                    map.put(field, value);
                } else if (!(map.get(field) instanceof Map<?, ?> || map.get(field) instanceof List<?>)) {
                    map.put(field, fresh);
                }
                node = map.get(field);
            }
        }
        return this;
    }

    /** "Thêm dòng": an empty row (or an empty entry of a list of single inputs) at the end of the list. */
    @SuppressWarnings("unchecked")
    void add(String listPath, Object emptyRow) {
        if (!(get(listPath) instanceof List<?>)) {
            set(listPath, new ArrayList<>());
        }
        ((List<Object>) get(listPath)).add(emptyRow);
    }

    /** "Xoá": the row at {@code index} of the list; the rows after it move up. */
    @SuppressWarnings("unchecked")
    boolean remove(String listPath, int index) {
        if (get(listPath) instanceof List<?> list && index >= 0 && index < list.size()) {
            ((List<Object>) list).remove(index);
            return true;
        }
        return false;
    }

    /** The id of the input named {@code name}, for the templates. */
    public String idOf(String name) {
        return id(name);
    }

    /** The ids of an input's hint and error message, for its aria-describedby; null when it has neither. */
    public String describedBy(String name, boolean hint, boolean error) {
        String id = id(name);
        String described = ((hint ? id + "-goi-y " : "") + (error ? id + "-loi" : "")).strip();
        return described.isEmpty() ? null : described;
    }

    Map<String, Object> tree() {
        return root;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
