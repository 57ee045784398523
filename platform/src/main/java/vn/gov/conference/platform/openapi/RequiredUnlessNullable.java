package vn.gov.conference.platform.openapi;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * A record component of a primitive type ({@code int}, {@code boolean}, …) is always written and never null, so its
 * schema lists it as required. Which other components may be null the code does not say (no nullness annotations
 * yet); those stay optional rather than be documented wrongly.
 */
class PrimitiveComponentsRequired implements ModelConverter {

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
        for (RecordComponent component : raw.getRecordComponents()) {
            if (component.getType().isPrimitive() && target.getProperties().containsKey(component.getName())
                    && (target.getRequired() == null || !target.getRequired().contains(component.getName()))) {
                target.addRequiredItem(component.getName());
            }
        }
        return resolved;
    }
}
