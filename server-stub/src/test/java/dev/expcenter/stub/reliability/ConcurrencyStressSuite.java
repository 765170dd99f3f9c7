package dev.expcenter.stub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.testsupport.SpecCheckedClient;
import dev.expcenter.stub.testsupport.SpecCheckedClient.Reply;
import dev.expcenter.stub.testsupport.TargetServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients at once over HTTP (8 threads, a few seconds at most), then invariants: one active
 * experiment per tenant, every acknowledged write visible in one serial history ordered by
 * {@code updated_at}, {@code updated_at} strictly increasing, no lost update.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
public abstract class ConcurrencyStressSuite {
    /** Starts the server this suite runs against (the stub, the mock...). */
    protected abstract TargetServer startTarget();

    private static final int THREADS = 8;
    private static TargetServer server;
    private static ExecutorService pool;

    @BeforeAll
    void start() {
        server = startTarget();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
        server.close();
    }

    private static SpecCheckedClient api() {
        return new SpecCheckedClient(server.apiRoot());
    }

    @Test
    void ofExperimentsActivatedAtOnceExactlyOneShouldWin() throws Exception {
        for (int round = 0; round < 3; round++) {
            server.reset();
            SpecCheckedClient api = api();
            Fixture f = Fixture.create(api);
            List<String> ids = new ArrayList<>(List.of(f.exp()));
            while (ids.size() < THREADS) {
                ids.add(Fixture.created(api.post(Ops.EXPS, Fixture.ready("Prompt " + ids.size(), f.flg(), f.var(), f.var2()))));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (String id : ids) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return api().post(Ops.EXPS + "/" + id + "/status", "{\"status\": \"active\"}");
                }));
            }
            go.countDown();
            List<Reply> done = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                done.add(reply.get(10, TimeUnit.SECONDS));
            }

            assertThat(done).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(done).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.json().get("errorCode").asText()).isEqualTo("experiment_active_limit_exceeded");
            });
            JsonNode active = api.get(Ops.EXPS + "?status=active").json().get("experiments");
            assertThat(active).hasSize(1);
        }
    }

    /** One acknowledged (200) answer about the experiment. */
    record Ack(Instant updatedAt, String status, String name) {
        static Ack of(JsonNode experiment) {
            return new Ack(Instant.parse(experiment.get("updated_at").asText()), experiment.get("status").asText(),
                    experiment.get("name").asText());
        }
    }

    @Test
    void concurrentTransitionsAndRenamesShouldFormOneSerialHistory() throws Exception {
        server.reset();
        SpecCheckedClient api = api();
        Fixture f = Fixture.create(api);
        String path = Ops.EXPS + "/" + f.exp();
        Ack initial = Ack.of(api.get(path).json());
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS - 1; t++) {
            int seed = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(seed);
                SpecCheckedClient client = api();
                for (int i = 0; i < 20 && System.nanoTime() < deadline; i++) {
                    Reply reply = random.nextInt(3) == 0
                            ? client.patch(path, "{\"name\": \"name-" + seed + "-" + i + "\"}")
                            : client.post(path + "/status",
                                    "{\"status\": \"" + (random.nextBoolean() ? "active" : "paused") + "\"}");
                    assertThat(reply.status()).as(reply.body()).isLessThan(500);
                    if (reply.status() == 200) {
                        acks.add(Ack.of(reply.json()));
                    }
                }
                return null;
            }));
        }
        List<Instant> seen = new ArrayList<>();
        workers.add(pool.submit(() -> {
            SpecCheckedClient reader = api();
            while (System.nanoTime() < deadline && workers.stream().limit(THREADS - 1).anyMatch(w -> !w.isDone())) {
                seen.add(Ack.of(reader.get(path).json()).updatedAt());
            }
            return null;
        }));
        for (Future<?> worker : workers) {
            worker.get(15, TimeUnit.SECONDS);
        }

        assertThat(seen).as("updated_at across sequential GETs").isSortedAccordingTo(Comparator.naturalOrder());
        // updated_at is strictly increasing per entity: each distinct acknowledged state has its own
        // updated_at (an unchanged same-status answer repeats the state it found, updated_at included).
        Map<Instant, List<Ack>> byTime = acks.stream().distinct().collect(Collectors.groupingBy(Ack::updatedAt));
        assertThat(byTime.values()).as("distinct acknowledged states sharing an updated_at")
                .allSatisfy(tie -> assertThat(tie).hasSize(1));
        List<Ack> history = acks.stream().distinct().sorted(Comparator.comparing(Ack::updatedAt)).toList();
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).updatedAt()).isAfterOrEqualTo(initial.updatedAt());
        Ack actual = Ack.of(api.get(path).json());
        assertThat(actual).as("the final state is the last acknowledged").isEqualTo(history.get(history.size() - 1));
        String lastRename = history.stream().filter(a -> a.name().startsWith("name-")).reduce((a, b) -> b)
                .map(Ack::name).orElse(initial.name());
        assertThat(actual.name()).as("no lost rename").isEqualTo(lastRename);
    }
}
