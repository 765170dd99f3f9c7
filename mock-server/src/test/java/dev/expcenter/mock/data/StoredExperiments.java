package dev.expcenter.mock.data;

import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.FlagStatus;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.engine.IdKind;
import dev.expcenter.engine.OwnerType;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.server.ApiResources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A state file holding one flag and {@code n} draft experiments on it, as a tenant grown large would. */
final class StoredExperiments {
    private StoredExperiments() {
    }

    /** Creates {@code file} and returns the experiments' ids in creation order. */
    static List<String> create(Path file, int n) {
        IdGenerator ids = IdGenerator.secureRandom();
        Instant at = Instant.parse("2026-11-01T09:00:00Z");
        FeatureFlag flag = new FeatureFlag(ids.next(IdKind.FEATURE_FLAG), "Checkout button", null, OwnerType.SELF,
                FlagStatus.DRAFT, Map.of("color", new FlagParameter("string", "blue", null)), at, at);
        List<Experiment> experiments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            experiments.add(new Experiment(ids.next(IdKind.EXPERIMENT), "Experiment " + i, "Stored experiment " + i,
                    flag.id(), "pre_authentication", AllocationStrategy.PERCENTAGE, "device", ExperimentStatus.DRAFT,
                    false, List.of(), at, at, null, null));
        }
        try (StateDatabase database = StateDatabase.open(file,
                new EngineState(List.of(flag), List.of(), List.of(), experiments), ApiResources.stateFile())) {
            return database.state().experiments().stream().map(Experiment::id).toList();
        }
    }
}
