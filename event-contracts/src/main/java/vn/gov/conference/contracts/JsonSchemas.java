package vn.gov.conference.contracts;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON Schema (draft 2020-12) of an event payload, derived from its record so that the published schema cannot drift
 * from the code. Records become objects (every component listed, none forbidden beyond them: consumers must accept
 * added fields), lists become arrays, enums string enums, java.time values formatted strings.
 */
public final class JsonSchemas {

    private JsonSchemas() {}

    public static String of(EventType<?> type) {
        Map<String, Object> definitions = new LinkedHashMap<>();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://conference.gov.vn/schemas/" + type.type() + ".json");
        root.put("title", type.payloadClass().getSimpleName());
        root.put("description", "Data of CloudEvents type " + type.type() + " on topic " + type.topic());
        root.putAll(objectSchema(type.payloadClass(), definitions));
        if (!definitions.isEmpty()) {
            root.put("$defs", definitions);
        }
        return toJson(root, 0);
    }

    private static Map<String, Object> objectSchema(Class<?> record, Map<String, Object> definitions) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            properties.put(component.getName(), schemaOf(component.getGenericType(), definitions));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static Map<String, Object> schemaOf(Type type, Map<String, Object> definitions) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            schema.put("type", "array");
            schema.put("items", schemaOf(parameterized.getActualTypeArguments()[0], definitions));
            return schema;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            schema.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            schema.put("type", "integer");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw == double.class || raw == Double.class) {
            schema.put("type", "number");
        } else if (raw == OffsetDateTime.class || raw == Instant.class) {
            schema.put("type", "string");
            schema.put("format", "date-time");
        } else if (raw == LocalDate.class) {
            schema.put("type", "string");
            schema.put("format", "date");
        } else if (raw == LocalTime.class) {
            schema.put("type", "string");
            schema.put("format", "time");
        } else if (raw.isEnum()) {
            schema.put("type", "string");
            List<String> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            schema.put("enum", values);
        } else if (raw.isRecord()) {
            String name = raw.getSimpleName();
            if (!definitions.containsKey(name)) {
                definitions.put(name, Map.of()); // placeholder against recursion
                definitions.put(name, objectSchema(raw, definitions));
            }
            schema.put("$ref", "#/$defs/" + name);
        } else {
            throw new IllegalArgumentException("No JSON Schema mapping for " + raw.getName());
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static String toJson(Object value, int indent) {
        String pad = "  ".repeat(indent + 1);
        String closePad = "  ".repeat(indent);
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            return ((Map<String, Object>) map)
                    .entrySet().stream()
                            .map(entry -> pad + quote(entry.getKey()) + ": " + toJson(entry.getValue(), indent + 1))
                            .collect(Collectors.joining(",\n", "{\n", "\n" + closePad + "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> toJson(item, indent + 1)).collect(Collectors.joining(", ", "[", "]"));
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
