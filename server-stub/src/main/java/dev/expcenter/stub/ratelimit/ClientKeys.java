package dev.expcenter.stub.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rate limiter's key for a token: {@code "token:" + hex(SHA-256(token))}, remembered in a Caffeine
 * cache for the tokens seen most often and most recently, so that a client sending the same token on
 * every request is not hashed on every request. Bounded: at most {@code maxEntries} tokens of at most
 * {@code maxTokenLength} characters are held; longer tokens are hashed every time (the keys are a pure
 * function of the token, so forgetting one only costs a hash). The tokens are held in memory, as they
 * already are by the request being served.
 */
final class ClientKeys {
    /** Tokens remembered at most. */
    static final int DEFAULT_MAX_ENTRIES = 1024;
    /** Longer tokens are not remembered (a JWT is about 1 KB; a header may be up to 8 KB). */
    static final int DEFAULT_MAX_TOKEN_LENGTH = 2048;

    private final int maxTokenLength;
    private final Cache<String, String> keys;

    ClientKeys() {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOKEN_LENGTH);
    }

    ClientKeys(int maxEntries, int maxTokenLength) {
        if (maxEntries < 1 || maxTokenLength < 1) {
            throw new IllegalArgumentException("maxEntries and maxTokenLength must be positive");
        }
        this.maxTokenLength = maxTokenLength;
        // Evictions run on the caller's thread, so that the bound holds when keyOf returns.
        this.keys = Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run).build();
    }

    /** {@code "token:" + hex(SHA-256(UTF-8 bytes of token))}. */
    String keyOf(String token) {
        if (token.length() > maxTokenLength) {
            return key(token);
        }
        return keys.get(token, ClientKeys::key);
    }

    /** How many tokens are remembered (for tests). */
    int size() {
        keys.cleanUp();
        return (int) keys.estimatedSize();
    }

    static String key(String token) {
        return "token:" + sha256(token);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
