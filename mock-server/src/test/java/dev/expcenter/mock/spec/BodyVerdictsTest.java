package dev.expcenter.mock.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BodyVerdictsTest {
    private final AtomicInteger checks = new AtomicInteger();

    private final Object schema200 = new Object();
    private final Object schema201 = new Object();

    private List<String> check(BodyVerdicts verdicts, int status, String body) {
        Object schema = status == 200 ? schema200 : schema201;
        return verdicts.computeIfAbsent(schema, body.getBytes(StandardCharsets.UTF_8), () -> {
            checks.incrementAndGet();
            return List.of("problem with " + body);
        });
    }

    @Test
    void sameBytesShouldBeCheckedOnceAndGiveTheSameVerdict() {
        BodyVerdicts verdicts = new BodyVerdicts(8, 16 * 100);

        assertThat(check(verdicts, 200, "{\"a\":1}")).containsExactly("problem with {\"a\":1}");
        assertThat(check(verdicts, 200, "{\"a\":1}")).containsExactly("problem with {\"a\":1}");

        assertThat(checks).hasValue(1);
    }

    @Test
    void otherBytesOrSchemaShouldBeCheckedAgain() {
        BodyVerdicts verdicts = new BodyVerdicts(8, 16 * 100);

        check(verdicts, 200, "{\"a\":1}");
        check(verdicts, 200, "{\"a\":2}");
        check(verdicts, 201, "{\"a\":1}");

        assertThat(checks).hasValue(3);
    }

    @Test
    void largeBodiesShouldBeCheckedEveryTime() {
        BodyVerdicts verdicts = new BodyVerdicts(8, 16 * 4); // at most a sixteenth of the budget per body

        check(verdicts, 200, "{\"a\":1}");
        check(verdicts, 200, "{\"a\":1}");

        assertThat(checks).hasValue(2);
        assertThat(verdicts.size()).isZero();
    }

    @Test
    void keptVerdictsShouldStayBounded() {
        BodyVerdicts verdicts = new BodyVerdicts(8, 16 * 100);

        for (int i = 0; i < 100; i++) {
            check(verdicts, 200, "{\"a\":" + i + "}");
            assertThat(verdicts.size()).isLessThanOrEqualTo(8);
        }
        assertThat(checks).hasValue(100);
    }

    @Test
    void keptBytesShouldStayWithinTheBudget() {
        BodyVerdicts verdicts = new BodyVerdicts(1000, 16 * 20); // bodies of up to 20 bytes, 320 in all

        for (int i = 0; i < 200; i++) {
            check(verdicts, 200, "{\"a\":" + (1000 + i) + "}"); // 10 bytes each
            assertThat(verdicts.totalBytes()).isLessThanOrEqualTo(320);
        }
        assertThat(verdicts.size()).isLessThanOrEqualTo(32);
    }
}
