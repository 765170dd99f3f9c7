package dev.expcenter.stub.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items worked on while more are added: each once, results in order, the first failure in order thrown. */
class PipelinedTest {
    @Test
    void everyItemShouldBeWorkedOnOnceAndComeBackInOrder() {
        AtomicInteger calls = new AtomicInteger();
        Pipelined<Integer, String> pipeline = new Pipelined<>(i -> {
            calls.incrementAndGet();
            return "item " + i;
        });

        for (int i = 0; i < 10_000; i++) {
            pipeline.add(i);
        }
        List<String> results = pipeline.finish();

        assertThat(results).containsExactlyElementsOf(IntStream.range(0, 10_000).mapToObj(i -> "item " + i).toList());
        assertThat(calls).hasValue(10_000);
    }

    @Test
    void nothingAddedShouldGiveNothing() {
        assertThat(new Pipelined<Integer, Integer>(i -> i).finish()).isEmpty();
        Pipelined<Integer, Integer> one = new Pipelined<>(i -> i * 2);
        one.add(21);
        assertThat(one.finish()).containsExactly(42);
    }

    @Test
    void theFirstFailureInOrderShouldBeThrown() {
        Pipelined<Integer, Integer> pipeline = new Pipelined<>(i -> {
            if (i == 700 || i == 5_000) {
                throw new InvalidStateException("row " + i, null);
            }
            return i;
        });
        for (int i = 0; i < 6_000; i++) {
            pipeline.add(i);
        }

        assertThatThrownBy(pipeline::finish).isInstanceOf(InvalidStateException.class).hasMessage("row 700");
    }
}
