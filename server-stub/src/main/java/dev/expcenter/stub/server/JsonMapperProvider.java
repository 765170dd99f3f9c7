package dev.expcenter.stub.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.OffsetDateTime;

/**
 * The one strict {@link ObjectMapper} of the server: unknown properties, nulls for primitives,
 * numbers for enums, duplicate keys, trailing tokens and scalar coercions ("true" for a boolean, 1
 * for a string) and explicit {@code null}s are all errors, but for the one nullable property of the spec
 * ({@code NullableDescription}: a PATCH's {@code description}, where {@code null} clears it); dates are ISO
 * strings; nulls are left out of responses.
 */
@Provider
public final class JsonMapperProvider implements ContextResolver<ObjectMapper> {
    /** A new mapper with the server's settings (tests use it to read responses the same way). */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(new JavaTimeModule())
                // Registered after JavaTimeModule, so it wins for OffsetDateTime: same text, less work.
                .addModule(new SimpleModule("utc-date-times").addSerializer(OffsetDateTime.class, UtcDateTimeSerializer.INSTANCE))
                .withCoercionConfigDefaults(config -> config
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .build();
    }

    /** The shared instance, built on first use (or by {@link Warmup} in the background). */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Requests.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = create();
    }

    /** Apart from {@link Holder}, so that writing a response never reads the spec for {@link NullableProperties}. */
    private static final class Requests {
        // Request bodies only (data files may spell an empty list as null): a sent null is neither
        // "not sent" in a PATCH nor a list element or map value to map, unless the spec says nullable.
        static final ObjectMapper MAPPER = requests(Holder.MAPPER.copy());

        private static ObjectMapper requests(ObjectMapper copy) {
            copy.setDefaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL));
            return copy.setAnnotationIntrospector(AnnotationIntrospector.pair(NullableProperties.fromPackagedSpec(),
                    copy.getDeserializationConfig().getAnnotationIntrospector()));
        }
    }
}
