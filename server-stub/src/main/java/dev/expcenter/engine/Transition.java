package dev.expcenter.engine;

/** The outcome of a status change that did not fail. */
public sealed interface Transition<T> {

    /** The entity as it is now. */
    T result();

    /** The status changed: {@code before} is the entity as it was, {@code after} as it is now. */
    record Transitioned<T>(T before, T after) implements Transition<T> {
        @Override
        public T result() {
            return after;
        }
    }

    /** The entity already had the requested status; nothing was written. */
    record Unchanged<T>(T current) implements Transition<T> {
        @Override
        public T result() {
            return current;
        }
    }
}
