package dev.expcenter.bench;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.NewExperiment;
import dev.expcenter.engine.NewFlag;
import dev.expcenter.engine.NewVariation;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;

/**
 * Bytes of heap per stored experiment with two allocations, measured the plain way: a tenant with one
 * flag and two variations, then N experiments created through the engine's own create path
 * ({@code ExperimentCenter.createExperiment}, secure random ids, own name and timestamps), full GCs
 * before each reading, used heap after minus used heap before, divided by N. Everything the store
 * keeps per experiment counts: the record, its strings, instants and allocation list, the table slot,
 * the hash and skip-list nodes. Run with a fixed heap and the serial collector for a stable figure:
 * {@code java -Xms1g -Xmx1g -XX:+UseSerialGC -cp benchmarks.jar dev.expcenter.bench.HeapPerExperiment [N]}.
 */
public final class HeapPerExperiment {
    private HeapPerExperiment() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        ExperimentCenter engine = ExperimentCenter.create();
        String flag = engine.createFlag(new NewFlag("show_passkey_prompt", "Whether to prompt for a passkey.",
                Map.of("show_passkey_prompt", new FlagParameter("boolean", false, "Prompt.")))).id();
        String a = engine.createVariation(flag, new NewVariation("control", null, Map.of())).id();
        String b = engine.createVariation(flag, new NewVariation("prompt", null, Map.of("show_passkey_prompt", true))).id();
        // Warm the create path so its one-off class loading and JIT data are in the baseline.
        ExperimentCenter warm = ExperimentCenter.create();
        String wf = warm.createFlag(new NewFlag("warm-up flag", null,
                Map.of("on", new FlagParameter("boolean", false, null)))).id();
        String wa = warm.createVariation(wf, new NewVariation("warm-up control", null, Map.of())).id();
        String wb = warm.createVariation(wf, new NewVariation("warm-up variant", null, Map.of("on", true))).id();
        for (int i = 0; i < 1000; i++) {
            warm.createExperiment(experiment(wf, i, wa, wb));
        }
        warm = null;

        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            engine.createExperiment(experiment(flag, i, a, b));
        }
        long after = usedAfterGc();
        Reference.reachabilityFence(engine);

        double perExperiment = (after - before) / (double) n;
        System.out.printf("experiments: %d%n", n);
        System.out.printf("heap before: %d bytes, after: %d bytes%n", before, after);
        System.out.printf("bytes per experiment: %.0f (%.2f KiB; target <= 1.5 KiB)%n",
                perExperiment, perExperiment / 1024);
        System.out.printf("gc: %s, max heap %d MiB%n", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName()).toList(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static NewExperiment experiment(String flag, int i, String a, String b) {
        return new NewExperiment("Experiment " + i, null, flag, "pre_authentication", AllocationStrategy.PERCENTAGE,
                "device", List.of(Allocation.weighted(a, 50, true), Allocation.weighted(b, 50, false)));
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
