package dev.expcenter.stub.server;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.OffsetDateTimeSerializer;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's {@link OffsetDateTimeSerializer} with a fast path for what the API writes: UTC date-times
 * of years 0 to 9999, formatted by hand into exactly the text of
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} (Jackson's default: {@code 2026-11-03T08:00:00Z}, the
 * fraction of a second without its trailing zeros, {@code Z} for the offset) without the formatter's
 * general machinery (a measured part of every response). Anything else goes to Jackson's own
 * serializer, unchanged: another offset, a year outside the range, a {@code @JsonFormat} or a format
 * override, a mapper time zone, timestamps.
 */
final class UtcDateTimeSerializer extends StdSerializer<OffsetDateTime> implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    static final UtcDateTimeSerializer INSTANCE = new UtcDateTimeSerializer(OffsetDateTimeSerializer.INSTANCE);

    /** Jackson's serializer for the same property: what everything but the fast path goes to. */
    private final JsonSerializer<OffsetDateTime> jackson;

    private UtcDateTimeSerializer(JsonSerializer<OffsetDateTime> jackson) {
        super(OffsetDateTime.class);
        this.jackson = jackson;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
            throws JsonMappingException {
        JsonSerializer<OffsetDateTime> own =
                (JsonSerializer<OffsetDateTime>) OffsetDateTimeSerializer.INSTANCE.createContextual(provider, property);
        JsonFormat.Value format = findFormatOverrides(provider, property, OffsetDateTime.class);
        if (format != null && !format.equals(JsonFormat.Value.empty())) {
            return own;
        }
        return new UtcDateTimeSerializer(own);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
            throws IOException {
        if (!provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                && !provider.getConfig().hasExplicitTimeZone()) {
            String text = format(value);
            if (text != null) {
                generator.writeString(text);
                return;
            }
        }
        jackson.serialize(value, generator, provider);
    }

    @Override
    public void serializeWithType(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider,
                                  TypeSerializer typeSerializer) throws IOException {
        jackson.serializeWithType(value, generator, provider, typeSerializer);
    }

    @Override
    public void acceptJsonFormatVisitor(JsonFormatVisitorWrapper visitor, JavaType type) throws JsonMappingException {
        jackson.acceptJsonFormatVisitor(visitor, type);
    }

    /** The ISO text of a date-time at offset zero in years 0 to 9999, or null for anything else. */
    static String format(OffsetDateTime value) {
        if (value.getOffset().getTotalSeconds() != 0) {
            return null;
        }
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            return null;
        }
        int nano = value.getNano();
        char[] text = new char[nano == 0 ? 20 : 30];
        digits(text, 0, year, 4);
        text[4] = '-';
        digits(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, value.getHour(), 2);
        text[13] = ':';
        digits(text, 14, value.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, value.getSecond(), 2);
        int end = 19;
        if (nano != 0) {
            text[19] = '.';
            digits(text, 20, nano, 9);
            end = 29;
            while (text[end - 1] == '0') {
                end--;
            }
        }
        text[end++] = 'Z';
        return new String(text, 0, end);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
