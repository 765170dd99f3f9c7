package dev.expcenter.stub.error;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.Path;
import java.lang.reflect.Type;

/**
 * Walks a bean validation path through the body's type and answers each property's JSON name
 * (e.g. {@code featureFlagId} becomes {@code feature_flag_id}), so that errors name what the
 * client sent.
 */
final class JsonNames {
    private static final ObjectMapper INTROSPECTOR = new ObjectMapper();

    private JavaType type;

    JsonNames(Type root) {
        this.type = INTROSPECTOR.constructType(root);
    }

    /** The JSON name of the node's property, or its Java name when it cannot be resolved. */
    String next(Path.Node node) {
        if (type != null && node.isInIterable() && type.getContentType() != null) {
            type = type.getContentType();
        }
        if (node.getName() == null || type == null || type.isContainerType()) {
            type = null;
            return node.getName();
        }
        BeanDescription bean = INTROSPECTOR.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.getInternalName().equals(node.getName())) {
                type = property.getPrimaryType();
                return property.getName();
            }
        }
        type = null;
        return node.getName();
    }
}
