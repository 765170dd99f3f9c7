package dev.expcenter.stub.server;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import dev.expcenter.stub.auth.ScopeCatalog;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Request bodies refuse a JSON {@code null} (a sent null is not "not sent"), except where the spec
 * says {@code nullable: true}: {@code "description": null} in a PATCH clears the description. The
 * nullable properties are read from the packaged spec, the one the models were generated from.
 */
final class NullableProperties extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "dev.expcenter.stub.model";
    private static final JsonSetter.Value NULL_ALLOWED = JsonSetter.Value.forValueNulls(Nulls.SET);

    /** {@code Schema#javaField} of every nullable property. */
    private final Set<String> nullable;

    NullableProperties(Set<String> nullable) {
        this.nullable = Set.copyOf(nullable);
    }

    static NullableProperties fromPackagedSpec() {
        try (InputStream in = NullableProperties.class.getClassLoader().getResourceAsStream(ScopeCatalog.SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The spec is not on the classpath: " + ScopeCatalog.SPEC_RESOURCE);
            }
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            OpenAPI api = new OpenAPIV3Parser()
                    .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options).getOpenAPI();
            return new NullableProperties(nullableProperties(api.getComponents().getSchemas()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> nullableProperties(Map<String, Schema> schemas) {
        Set<String> found = new HashSet<>();
        schemas.forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.forEach((property, value) -> {
                    if (Boolean.TRUE.equals(resolve(schemas, value).getNullable())) {
                        found.add(name + "#" + javaName(property));
                    }
                });
            }
        });
        return found;
    }

    @Override
    public JsonSetter.Value findSetterInfo(Annotated member) {
        String property = member instanceof AnnotatedField field ? field.getName()
                : member instanceof AnnotatedMethod method && method.getName().startsWith("set")
                        ? decapitalize(method.getName().substring(3)) : null;
        if (property == null) {
            return JsonSetter.Value.empty();
        }
        Class<?> owner = member instanceof AnnotatedField field ? field.getDeclaringClass()
                : ((AnnotatedMethod) member).getDeclaringClass();
        boolean allowed = owner.getPackageName().equals(MODEL_PACKAGE)
                && nullable.contains(owner.getSimpleName() + "#" + property);
        return allowed ? NULL_ALLOWED : JsonSetter.Value.empty();
    }

    private static Schema<?> resolve(Map<String, Schema> schemas, Schema<?> schema) {
        for (int hops = 0; schema.get$ref() != null && hops < 32; hops++) {
            schema = schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** The generator's field name for a JSON property: {@code not_match} is {@code notMatch}. */
    static String javaName(String json) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : json.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
