package dev.expcenter.engine;

import java.util.concurrent.atomic.AtomicLong;

/** Ids in the real format (prefix + 22 Base58 characters) that count up: 1111...112, 1111...113, ... */
final class SequentialIds implements IdGenerator {
    private final AtomicLong counter = new AtomicLong();

    @Override
    public String next(IdKind kind) {
        long n = counter.incrementAndGet();
        char[] chars = new char[22];
        for (int i = chars.length - 1; i >= 0; i--) {
            chars[i] = Base58Ids.ALPHABET.charAt((int) (n % 58));
            n /= 58;
        }
        return kind.prefix() + new String(chars);
    }
}
