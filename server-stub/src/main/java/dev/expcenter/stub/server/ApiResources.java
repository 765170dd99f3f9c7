package dev.expcenter.stub.server;

import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.stub.data.StateFile;
import dev.expcenter.stub.resource.EngineSelector;
import dev.expcenter.stub.resource.ExperimentsResource;
import dev.expcenter.stub.resource.FeatureFlagsResource;
import dev.expcenter.stub.resource.SegmentsResource;
import dev.expcenter.stub.resource.VariationsResource;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.time.Clock;

/**
 * The JAX-RS resources implementing the generated {@code dev.expcenter.stub.api} interfaces, and the
 * engine they start with. {@link Main} serves exactly these; the mock registers them too.
 */
public final class ApiResources {
    private ApiResources() {
    }

    /** Registers one resource per generated interface, each answering from the selected engine. */
    public static void register(ResourceConfig app, EngineSelector engines) {
        // Classes with an injected selector, not instances: Jersey warns about every resource instance
        // registered through register(Object) (eclipse-ee4j/jersey#3700).
        app.register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(engines).to(EngineSelector.class);
            }
        });
        app.register(ExperimentsResource.class);
        app.register(FeatureFlagsResource.class);
        app.register(VariationsResource.class);
        app.register(SegmentsResource.class);
    }

    /** The engine a stub starts with: empty, or loaded from the configured data file. */
    public static ExperimentCenter engineFor(StubConfig config) {
        return ExperimentCenter.restore(initialState(config), Clock.systemUTC(), IdGenerator.secureRandom());
    }

    /** The state a stub starts from (without a state file): empty, or the configured data file's. */
    public static EngineState initialState(StubConfig config) {
        return config.dataFile() == null ? EngineState.empty() : stateFile().read(config.dataFile());
    }

    /** A reader of state documents with the server's JSON rules and bean validation. */
    public static StateFile stateFile() {
        return new StateFile(JsonMapperProvider.mapper(), ApiResources::validator);
    }

    private static Validator validator() {
        // The parameter interpolator needs no expression-language runtime for messages.
        return Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }
}
