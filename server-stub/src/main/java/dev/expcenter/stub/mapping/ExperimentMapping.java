package dev.expcenter.stub.mapping;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentPatch;
import dev.expcenter.engine.ExperimentStatus;
import dev.expcenter.engine.NewExperiment;
import dev.expcenter.engine.Page;
import dev.expcenter.engine.ValidationReport;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.EngineMessages;
import dev.expcenter.stub.model.AllocationRequestItem;
import dev.expcenter.stub.model.AssignmentConfig;
import dev.expcenter.stub.model.CreateExperimentRequest;
import dev.expcenter.stub.model.ExperimentList;
import dev.expcenter.stub.model.ExperimentValidation;
import dev.expcenter.stub.model.UpdateExperimentRequest;
import dev.expcenter.stub.model.ValidationProblem;
import java.math.BigDecimal;
import java.util.List;

/** Maps experiments between the generated wire models and the engine's records. */
public final class ExperimentMapping {
    private ExperimentMapping() {
    }

    /** The wire form of a stored experiment. */
    public static dev.expcenter.stub.model.Experiment toDto(Experiment e) {
        return new dev.expcenter.stub.model.Experiment()
                .id(e.id())
                .name(e.name())
                .description(e.description())
                .featureFlagId(e.featureFlagId())
                .authenticationFlow(e.authenticationFlow())
                .allocationStrategy(dev.expcenter.stub.model.AllocationStrategy.fromValue(e.allocationStrategy().wire()))
                .assignmentConfig(new AssignmentConfig()
                        .subject(AssignmentConfig.SubjectEnum.fromValue(e.assignmentSubject())))
                .status(dev.expcenter.stub.model.ExperimentStatus.fromValue(e.status().wire()))
                .isValid(e.valid())
                .allocations(e.allocations().stream().map(ExperimentMapping::toDto).toList())
                .createdAt(Times.utc(e.createdAt()))
                .updatedAt(Times.utc(e.updatedAt()))
                .startedAt(Times.utc(e.startedAt()))
                .endedAt(Times.utc(e.endedAt()));
    }

    /** The engine form of a wire experiment, as found in data files and state imports. */
    public static Experiment fromDto(dev.expcenter.stub.model.Experiment e) {
        return new Experiment(e.getId(), e.getName(), e.getDescription(), e.getFeatureFlagId(),
                e.getAuthenticationFlow(), AllocationStrategy.fromWire(e.getAllocationStrategy().toString()),
                e.getAssignmentConfig().getSubject().value(), ExperimentStatus.fromWire(e.getStatus().toString()),
                Boolean.TRUE.equals(e.getIsValid()),
                e.getAllocations() == null ? List.of()
                        : e.getAllocations().stream().map(ExperimentMapping::fromDto).toList(),
                Times.instant(e.getCreatedAt()), Times.instant(e.getUpdatedAt()),
                Times.instant(e.getStartedAt()), Times.instant(e.getEndedAt()));
    }

    static dev.expcenter.stub.model.Allocation toDto(Allocation a) {
        return new dev.expcenter.stub.model.Allocation()
                .variationId(a.variationId())
                .segmentId(a.segmentId())
                .weight(wireWeight(a.weight()))
                .priority(a.priority())
                .isControl(a.control())
                .isFallback(a.fallback());
    }

    static Allocation fromDto(dev.expcenter.stub.model.Allocation a) {
        return new Allocation(a.getVariationId(), a.getSegmentId(), engineWeight(a.getWeight()), a.getPriority(),
                Boolean.TRUE.equals(a.getIsControl()), a.getIsFallback());
    }

    // Weights are JSON numbers (BigDecimal in the generated models); the engine keeps doubles.
    private static Double engineWeight(BigDecimal weight) {
        return weight == null ? null : weight.doubleValue();
    }

    /** The shortest decimal that reads back as the same double: 50 stays 50, 33.3 stays 33.3. */
    private static BigDecimal wireWeight(Double weight) {
        return weight == null ? null : BigDecimal.valueOf(weight).stripTrailingZeros();
    }

    static Allocation fromRequest(AllocationRequestItem a) {
        return new Allocation(a.getVariationId(), a.getSegmentId(), engineWeight(a.getWeight()), a.getPriority(),
                Boolean.TRUE.equals(a.getIsControl()), a.getIsFallback());
    }

    private static List<Allocation> fromRequest(List<AllocationRequestItem> items) {
        return items == null ? null : items.stream().map(ExperimentMapping::fromRequest).toList();
    }

    private static String subject(AssignmentConfig config) {
        return config == null ? null : config.getSubject().value();
    }

    /** The engine command for a create request. */
    public static NewExperiment toCommand(CreateExperimentRequest r) {
        return new NewExperiment(r.getName(), r.getDescription(), r.getFeatureFlagId(), r.getAuthenticationFlow(),
                AllocationStrategy.fromWire(r.getAllocationStrategy().toString()), subject(r.getAssignmentConfig()),
                fromRequest(r.getAllocations()));
    }

    /** The engine patch for an update request; what was not sent stays null. */
    public static ExperimentPatch toPatch(UpdateExperimentRequest r, boolean descriptionSent) {
        return new ExperimentPatch(r.getName(), Descriptions.of(r.getDescription(), descriptionSent),
                subject(r.getAssignmentConfig()), fromRequest(r.getAllocations()));
    }

    /** The wire form of a page of experiments. */
    public static ExperimentList toDto(Page<Experiment> page) {
        return new ExperimentList()
                .experiments(page.items().stream().map(ExperimentMapping::toDto).toList())
                .next(page.next());
    }

    /** The wire form of a validation report. */
    public static ExperimentValidation toDto(ValidationReport report) {
        return new ExperimentValidation()
                .isValid(report.valid())
                .errors(report.errors().stream()
                        .map(p -> new ValidationProblem()
                                .code(ApiError.of(p.code()).wire())
                                .message(EngineMessages.of(p)))
                        .toList());
    }
}
