package vn.eoffice.platform.openapi;

import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.Map;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.stereotype.Component;

/**
 * Publishes what the validation enforces: a {@code @NotBlank} or {@code @NotEmpty} text is at least one character
 * long and a {@code @NotEmpty} list has at least one item. Swagger applies {@code @Size} after every property
 * customizer, so a {@code @Size(max = …)} would otherwise publish {@code minLength: 0}: the model is corrected
 * once it is complete (or, when it is referred to, its definition).
 */
@Component
class ApiConstraints implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        Class<?> model = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        Schema<?> defined = schema == null || schema.get$ref() == null ? schema
                : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        if (defined != null && defined.getProperties() != null && model != null && !model.isPrimitive()) {
            correct(model, defined.getProperties());
        }
        return schema;
    }

    private static void correct(Class<?> model, Map<String, Schema> properties) {
        for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                var property = properties.get(field.getName());
                if (property != null && (field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class))) {
                    atLeastOne(property);
                }
            }
        }
    }

    private static void atLeastOne(Schema<?> property) {
        if (isArray(property)) {
            if (property.getMinItems() == null || property.getMinItems() < 1) {
                property.setMinItems(1);
            }
        } else if (property.get$ref() == null && (property.getMinLength() == null || property.getMinLength() < 1)) {
            property.setMinLength(1);
        }
    }

    private static boolean isArray(Schema<?> property) {
        return "array".equals(property.getType())
                || (property.getTypes() != null && property.getTypes().contains("array"));
    }
}
