package dev.expcenter.stub.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a {@link CompletableFuture} the way a direct call would fail. */
public final class Futures {
    private Futures() {
    }

    /**
     * The future's value, waiting (uninterruptibly) if need be; what its computation threw is thrown as
     * it was, not wrapped in a {@link CompletionException}.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
