package dev.expcenter.stub.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.expcenter.stub.model.Experiment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcDateTimeSerializerTest {
    /** Jackson's own serialization, as before the fast path. */
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    private static List<OffsetDateTime> samples() {
        List<OffsetDateTime> values = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        long min = OffsetDateTime.of(-20000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        long max = OffsetDateTime.of(20000, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC).toEpochSecond();
        int[] nanos = {0, 1, 10, 100_000, 1_000_000, 120_000_000, 123_456_789, 999_999_999, 500_000_000, 1_000};
        for (int i = 0; i < 20_000; i++) {
            long seconds = i % 2 == 0 ? random.nextLong(min, max)
                    : random.nextLong(0, 4_102_444_800L); // 1970 to 2100: what the API writes
            int nano = i % 3 == 0 ? random.nextInt(1_000_000_000) : nanos[random.nextInt(nanos.length)];
            values.add(OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nano), ZoneOffset.UTC));
        }
        for (int year : new int[] {-1, 0, 1, 999, 1000, 9999, 10000}) {
            values.add(OffsetDateTime.of(year, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            values.add(OffsetDateTime.of(year, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC));
        }
        values.add(OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 0, ZoneOffset.ofHours(2)));
        values.add(OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 5, ZoneOffset.ofHoursMinutes(-5, -30)));
        values.add(OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 0, ZoneOffset.ofTotalSeconds(0)));
        return values;
    }

    @Test
    void fastPathShouldWriteExactlyTheIsoFormatterText() {
        for (OffsetDateTime value : samples()) {
            String fast = UtcDateTimeSerializer.format(value);
            if (value.getOffset().getTotalSeconds() == 0 && value.getYear() >= 0 && value.getYear() <= 9999) {
                assertThat(fast).as(value.toString()).isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
            } else {
                assertThat(fast).as(value.toString()).isNull();
            }
        }
    }

    @Test
    void serverMapperShouldWriteWhatJacksonWrites() throws Exception {
        ObjectMapper server = JsonMapperProvider.create();
        for (OffsetDateTime value : samples()) {
            assertThat(server.writeValueAsString(value)).isEqualTo(PLAIN.writeValueAsString(value));
            Map<String, OffsetDateTime> inMap = Map.of("at", value);
            assertThat(server.writeValueAsString(inMap)).isEqualTo(PLAIN.writeValueAsString(inMap));
        }
        Experiment experiment = new Experiment()
                .createdAt(OffsetDateTime.of(2026, 11, 2, 9, 10, 0, 0, ZoneOffset.UTC))
                .updatedAt(OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 120_000_000, ZoneOffset.UTC));
        assertThat(server.writeValueAsString(experiment)).contains(
                "\"created_at\":\"2026-11-02T09:10:00Z\"", "\"updated_at\":\"2026-11-03T08:00:00.12Z\"");
    }

    @Test
    void serverMapperShouldUseTheFastPathAlsoAfterContextualisation() throws Exception {
        ObjectMapper server = JsonMapperProvider.create();
        SerializerProvider provider = server.getSerializerProviderInstance();
        JsonSerializer<Object> serializer = provider.findValueSerializer(OffsetDateTime.class);
        assertThat(serializer).isInstanceOf(UtcDateTimeSerializer.class);
        JsonSerializer<?> contextual = ((ContextualSerializer) serializer).createContextual(provider, null);
        assertThat(contextual).isInstanceOf(UtcDateTimeSerializer.class);
        assertThat(JsonMapperProvider.mapper().getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class))
                .isInstanceOf(UtcDateTimeSerializer.class);
    }

    /** Formats, time zones and timestamps are still Jackson's. */
    record Annotated(@JsonFormat(pattern = "yyyy/MM/dd HH:mm") OffsetDateTime at) {
    }

    @Test
    void otherSettingsShouldStillBehaveAsJackson() throws Exception {
        OffsetDateTime value = OffsetDateTime.of(2026, 11, 3, 8, 0, 0, 120_000_000, ZoneOffset.UTC);
        ObjectMapper server = JsonMapperProvider.create();
        assertThat(server.writeValueAsString(new Annotated(value))).isEqualTo(PLAIN.writeValueAsString(new Annotated(value)));

        ObjectMapper zoned = JsonMapperProvider.create().setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        ObjectMapper plainZoned = PLAIN.copy().setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        assertThat(zoned.writeValueAsString(value)).isEqualTo(plainZoned.writeValueAsString(value));

        ObjectMapper stamps = JsonMapperProvider.create().copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectMapper plainStamps = PLAIN.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(stamps.writeValueAsString(value)).isEqualTo(plainStamps.writeValueAsString(value));
    }
}
