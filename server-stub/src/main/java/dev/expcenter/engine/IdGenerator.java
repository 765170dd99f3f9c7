package dev.expcenter.engine;

/** Makes new ids; an id must never repeat within one engine. */
@FunctionalInterface
public interface IdGenerator {

    /** A fresh id for an entity of this kind. */
    String next(IdKind kind);

    /** Prefix plus 22 Base58 characters drawn from {@link java.security.SecureRandom}. */
    public static IdGenerator secureRandom() {
        return new Base58Ids();
    }
}
