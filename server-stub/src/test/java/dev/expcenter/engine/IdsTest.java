package dev.expcenter.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdsTest {

    @ParameterizedTest
    @EnumSource(IdKind.class)
    void secureRandomIdsShouldBePrefixedBase58OfLength22(IdKind kind) {
        IdGenerator ids = IdGenerator.secureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = ids.next(kind);
            assertThat(id).matches(kind.prefix() + "[1-9A-HJ-NP-Za-km-z]{22}");
            seen.add(id);
        }
        assertThat(seen).hasSize(5_000);
    }

    @Test
    void secureRandomIdsShouldUseTheWholeAlphabet() {
        IdGenerator ids = IdGenerator.secureRandom();
        Set<Character> chars = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ids.next(IdKind.SEGMENT).substring(4).chars().forEach(c -> chars.add((char) c));
        }
        assertThat(chars).hasSize(58);
    }
}
