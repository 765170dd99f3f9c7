package dev.expcenter.stub.data;

import dev.expcenter.stub.server.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Work on items while they are still being read: each batch of items goes to the common pool as soon
 * as it is complete, so a worker parses while the reading thread reads on; when reading is done, the
 * reading thread does, newest first, the batches no worker has taken. The results come back in the
 * order the items were added; if any batch failed, the first failing one (in that order) throws.
 *
 * <p>Not {@code ForkJoinTask.join}: whether a thread outside the pool helps with the task it joins is
 * unspecified, and here it must (on two cores the pool has one worker). Used by one reading thread.
 */
final class Pipelined<I, R> {
    private static final int BATCH = 512;

    private final Function<I, R> work;
    private final List<Batch> batches = new ArrayList<>();
    private List<I> filling = new ArrayList<>(BATCH);

    Pipelined(Function<I, R> work) {
        this.work = work;
    }

    void add(I item) {
        filling.add(item);
        if (filling.size() == BATCH) {
            submit();
        }
    }

    /** Every result, in order, once all are done (the calling thread doing its share). */
    List<R> finish() {
        if (!filling.isEmpty()) {
            submit();
        }
        for (int i = batches.size() - 1; i >= 0; i--) {
            batches.get(i).run();
        }
        List<R> results = new ArrayList<>(batches.size() * BATCH);
        for (Batch batch : batches) {
            results.addAll(Futures.join(batch.result));
        }
        return results;
    }

    private void submit() {
        Batch batch = new Batch(filling);
        batches.add(batch);
        filling = new ArrayList<>(BATCH);
        ForkJoinPool.commonPool().execute(batch);
    }

    /** One batch, done by whichever thread claims it first. */
    private final class Batch implements Runnable {
        final List<I> items;
        final AtomicBoolean claimed = new AtomicBoolean();
        final CompletableFuture<List<R>> result = new CompletableFuture<>();

        Batch(List<I> items) {
            this.items = items;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                List<R> done = new ArrayList<>(items.size());
                for (I item : items) {
                    done.add(work.apply(item));
                }
                result.complete(done);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }
}
