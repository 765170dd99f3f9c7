package dev.expcenter.stub.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.expcenter.stub.server.JsonMapperProvider;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The rows' date-time reader gives what jackson-datatype-jsr310 gives (the same value, offset kept): for the RFC 3339
 * text ITU reads itself, and for what it hands back to jsr310 (other ISO 8601 forms, numbers, errors).
 */
class Rfc3339DateTimesTest {
    private static final ObjectMapper PLAIN = JsonMapperProvider.mapper();
    private static final ObjectReader JSR310 = PLAIN.readerFor(OffsetDateTime.class);
    private static final ObjectReader ROWS = PLAIN.copy().registerModule(Rfc3339DateTimes.module())
            .readerFor(OffsetDateTime.class);

    @Property(tries = 500)
    void rfc3339TextShouldReadAsTheSameInstantAsJsr310(@ForAll("instants") Instant instant,
                                                       @ForAll("offsets") ZoneOffset offset,
                                                       @ForAll("fractions") int digits) throws Exception {
        String text = formatted(instant, offset, digits);
        String json = "\"" + text + "\"";

        OffsetDateTime fast = ROWS.readValue(json);

        assertThat(fast).as(text).isEqualTo((OffsetDateTime) JSR310.readValue(json));
        assertThat(fast.toInstant()).as(text).isEqualTo(instant.truncatedTo(unit(digits)));
        assertThat(fast.getOffset()).as(text).isEqualTo(offset);
    }

    @Test
    void whatItRefusesShouldGoToJsr310() throws Exception {
        for (String json : new String[] {"\"2026-11-02T09:00Z\"", "\"2026-11-02T09:00:00+0100\"", "1793955600000",
                "\"1793955600000\""}) {
            assertThat((OffsetDateTime) ROWS.readValue(json)).as(json).isEqualTo((OffsetDateTime) JSR310.readValue(json));
        }
    }

    @Test
    void textNeitherReadsShouldFailAsJsr310Fails() {
        for (String json : new String[] {"\"yesterday\"", "\"2026-13-02T09:00:00Z\"", "\"2026-11-02 09:00:00\""}) {
            assertThatThrownBy(() -> ROWS.readValue(json)).as(json).isInstanceOf(InvalidFormatException.class)
                    .hasMessageContaining("java.time.OffsetDateTime");
            assertThatThrownBy(() -> JSR310.readValue(json)).as(json).isInstanceOf(InvalidFormatException.class);
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2200-12-31T23:59:59Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHoursMinutes(-3, -30),
                ZoneOffset.ofHoursMinutes(5, 45), ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14));
    }

    @Provide
    Arbitrary<Integer> fractions() {
        return Arbitraries.of(0, 3, 6, 9);
    }

    /** RFC 3339 text of {@code instant} at {@code offset}, with {@code digits} of fraction ("Z" for UTC). */
    private static String formatted(Instant instant, ZoneOffset offset, int digits) {
        String pattern = "yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "XXX";
        return instant.truncatedTo(unit(digits)).atOffset(offset).format(DateTimeFormatter.ofPattern(pattern));
    }

    private static ChronoUnit unit(int digits) {
        return switch (digits) {
            case 0 -> ChronoUnit.SECONDS;
            case 3 -> ChronoUnit.MILLIS;
            case 6 -> ChronoUnit.MICROS;
            default -> ChronoUnit.NANOS;
        };
    }
}
