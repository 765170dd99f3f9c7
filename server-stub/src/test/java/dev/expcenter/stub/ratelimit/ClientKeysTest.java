package dev.expcenter.stub.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClientKeysTest {

    private static String expected(String token) throws Exception {
        return "token:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void keyShouldBeTheHexSha256OfTheTokenWhetherCachedOrNot() throws Exception {
        ClientKeys keys = new ClientKeys(4, 64);
        for (String token : new String[] {"Bearer bench", "Bearer ünïcødé", "Bearer a.b.c", "x"}) {
            assertThat(keys.keyOf(token)).isEqualTo(expected(token));
            assertThat(keys.keyOf(token)).isEqualTo(expected(token)); // from the cache
        }
        assertThat(ClientKeys.key("Bearer bench")).isEqualTo(expected("Bearer bench"));
    }

    @Test
    void cacheShouldNeverHoldMoreThanItsBound() throws Exception {
        ClientKeys keys = new ClientKeys(8, 64);
        for (int i = 0; i < 1000; i++) {
            String token = "Bearer token-" + i;
            assertThat(keys.keyOf(token)).isEqualTo(expected(token));
            assertThat(keys.size()).isBetween(1, 8);
        }
        // Forgotten tokens still get their key.
        assertThat(keys.keyOf("Bearer token-0")).isEqualTo(expected("Bearer token-0"));
    }

    @Test
    void longTokensShouldBeHashedButNotRemembered() throws Exception {
        ClientKeys keys = new ClientKeys(8, 16);
        String longToken = "Bearer " + "x".repeat(100);
        assertThat(keys.keyOf(longToken)).isEqualTo(expected(longToken));
        assertThat(keys.size()).isZero();
        assertThat(keys.keyOf("Bearer short")).isEqualTo(expected("Bearer short"));
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void defaultBoundsShouldBeSmall() {
        assertThat(ClientKeys.DEFAULT_MAX_ENTRIES).isLessThanOrEqualTo(4096);
        assertThat(ClientKeys.DEFAULT_MAX_TOKEN_LENGTH).isLessThanOrEqualTo(8192);
        assertThatThrownBy(() -> new ClientKeys(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentCallersShouldAllGetTheRightKey() throws Exception {
        ClientKeys keys = new ClientKeys(16, 64);
        Thread[] threads = new Thread[4];
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 2000; i++) {
                        String token = "Bearer t" + (i % 40);
                        if (!keys.keyOf(token).equals(expected(token))) {
                            throw new AssertionError("wrong key for " + token);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failure.get()).isNull();
        // The bound may be passed by one entry per concurrent caller, never more.
        assertThat(keys.size()).isLessThanOrEqualTo(16 + threads.length);
    }
}
