package dev.expcenter.engine;

import java.security.SecureRandom;

final class Base58Ids implements IdGenerator {
    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    static final int LENGTH = 22;
    // Largest multiple of 58 that fits a byte: bytes at or above it are dropped, so every character is equally likely.
    private static final int LIMIT = 58 * 4;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next(IdKind kind) {
        StringBuilder id = new StringBuilder(kind.prefix().length() + LENGTH).append(kind.prefix());
        byte[] bytes = new byte[32];
        while (id.length() < kind.prefix().length() + LENGTH) {
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length && id.length() < kind.prefix().length() + LENGTH; i++) {
                int b = bytes[i] & 0xFF;
                if (b < LIMIT) {
                    id.append(ALPHABET.charAt(b % 58));
                }
            }
        }
        return id.toString();
    }
}
