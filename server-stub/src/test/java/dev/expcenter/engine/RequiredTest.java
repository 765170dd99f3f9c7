package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequiredTest {
    @Test
    void theFirstNullValueIsNamed() {
        assertThatThrownBy(() -> Required.nonNull("id name createdAt", "x", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void valuesThatAreAllThereAreAccepted() {
        assertThatCode(() -> Required.nonNull("id name", "x", "y")).doesNotThrowAnyException();
    }

    @Test
    void namesThatDoNotMatchTheValuesAreAMistakeEvenWhenNothingIsNull() {
        assertThatThrownBy(() -> Required.nonNull("id name", "x", "y", "z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 names (id name) for 3 values");
    }

    @Test
    void aRecordNamesTheComponentThatIsMissing() {
        Instant now = Instant.EPOCH;
        assertThatThrownBy(() -> new Segment("seg_1", "beta", null, OwnerType.SELF, null, now, null))
                .isInstanceOf(NullPointerException.class).hasMessage("updatedAt");
    }
}
