package vn.gov.conference.platform.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The house rule for what an API record's schema requires: every component is required (a request without it is
 * refused; an answer always carries it, never null) unless it is declared {@code @Nullable}
 * ({@code org.jspecify.annotations.Nullable}), which says that a request may leave it out or null and that an answer
 * may carry null. A nullable component is documented as such: its type includes {@code "null"} (OpenAPI 3.1), or a
 * reference becomes {@code anyOf} the reference and {@code null}. Primitive components are never nullable.
 */
class RequiredUnlessNullable implements ModelConverter {

    private static final Schema<?> NULL = new Schema<>().types(Set.of("null"));

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (resolved == null || !raw.isRecord()) {
            return resolved;
        }
        Schema target = resolved;
        if (resolved.get$ref() != null && resolved.getProperties() == null) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            target = context.getDefinedModels().get(name);
        }
        if (target == null || target.getProperties() == null) {
            return resolved;
        }
        apply(raw, target);
        return resolved;
    }

    /** Lists the required components of {@code record} on its schema and marks the nullable ones. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void apply(Class<?> record, Schema<?> schema) {
        Map<String, Schema> properties = (Map) schema.getProperties();
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            String name = propertyName(component);
            Schema property = properties.get(name);
            if (property == null) {
                continue; // ignored, or written under a name we cannot see
            }
            if (nullable(component)) {
                required.remove(name);
                properties.put(name, nullable(property));
            } else {
                required.add(name);
            }
        }
        schema.setRequired(required.isEmpty() ? null : List.copyOf(required));
    }

    static boolean nullable(RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        return Stream.of(
                        component.getAnnotatedType().getAnnotations(),
                        component.getAnnotations(),
                        component.getAccessor().getAnnotatedReturnType().getAnnotations())
                .flatMap(Arrays::stream)
                .map(Annotation::annotationType)
                .anyMatch(annotation -> annotation.getSimpleName().equals("Nullable"));
    }

    private static String propertyName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        if (component.isAnnotationPresent(JsonIgnore.class)) {
            return "";
        }
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    /**
     * The property's schema with {@code null} allowed: a reference cannot carry a type beside it. A copy, since a
     * schema may be shared (springdoc's replacement schemas are one instance for every use).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema shared) {
        if (shared.get$ref() != null) {
            return new Schema<>()
                    .anyOf(List.of(new Schema<>().$ref(shared.get$ref()), NULL))
                    .description(shared.getDescription());
        }
        Schema property = AnnotationsUtils.clone(shared, true);
        if (property.getAnyOf() != null || property.getOneOf() != null) {
            List<Schema> choices =
                    new java.util.ArrayList<>(property.getAnyOf() != null ? property.getAnyOf() : property.getOneOf());
            if (choices.stream()
                    .noneMatch(choice ->
                            choice.getTypes() != null && choice.getTypes().contains("null"))) {
                choices.add(NULL);
            }
            return property.getAnyOf() != null ? property.anyOf(choices) : property.oneOf(choices);
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
            if (property.getEnum() != null && !property.getEnum().contains(null)) {
                property.addEnumItemObject(null);
            }
        }
        return property;
    }
}
