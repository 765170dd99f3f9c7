package dev.expcenter.mock.spec;

import dev.expcenter.mock.session.ExtraProperties;
import dev.expcenter.stub.form.FormBodyReader;
import dev.expcenter.stub.operation.OperationFinder;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * Makes the API app spec-driven: each request's operation and its scopes from the served spec, request
 * validation (Auth0 400s; form bodies typed by the served spec, for validation and for the stub's reader
 * alike), the served spec's properties the stub's models do not know ({@link ExtraPropertiesFilter}),
 * response validation (logged,
 * counted in {@link #violations()}, fatal in {@link Strictness#FAIL}), {@code Prefer} forcing and
 * chaos, and example answers for operations no resource implements. Register it on the API app
 * (the one served at {@code /api/v2}); it reads {@link SpecSource#current()} on every request, so
 * hot reloads apply at once.
 */
public final class SpecDrivenFeature implements Feature {
    private final SpecSource source;
    private final ChaosSettings chaos;
    private final Strictness strictness;
    private final SpecViolations violations;
    private final ExtraProperties extras;

    /** A feature with a fresh {@link SpecViolations}. */
    public SpecDrivenFeature(SpecSource source, ChaosSettings chaos, Strictness strictness) {
        this(source, chaos, strictness, new SpecViolations());
    }

    /** A feature recording into {@code violations} (shared with, e.g., an admin route). */
    public SpecDrivenFeature(SpecSource source, ChaosSettings chaos, Strictness strictness, SpecViolations violations) {
        this(source, chaos, strictness, violations, new ExtraProperties());
    }

    /** A feature keeping the served spec's extra entity properties in {@code extras} (the sessions' store). */
    public SpecDrivenFeature(SpecSource source, ChaosSettings chaos, Strictness strictness, SpecViolations violations,
                             ExtraProperties extras) {
        this.extras = Objects.requireNonNull(extras, "extras");
        this.source = Objects.requireNonNull(source, "source");
        this.chaos = Objects.requireNonNull(chaos, "chaos");
        this.strictness = Objects.requireNonNull(strictness, "strictness");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** The responses that broke the spec so far. */
    public SpecViolations violations() {
        return violations;
    }

    @Override
    public boolean configure(FeatureContext context) {
        // The stub's form reader types forms by the served spec, as the request validation checks them.
        context.property(FormBodyReader.SCHEMAS_PROPERTY, new ServedFormSchemas(source));
        // Each request's operation (for auth, validation, forcing, examples) comes from the served spec.
        context.property(OperationFinder.PROPERTY, new ServedOperations(source));
        context.register(new RequestValidationFilter());
        context.register(new ExtraPropertiesFilter(source, extras));
        context.register(new ForcingFilter(chaos));
        context.register(new ResponseValidation(source, violation -> violations.report(violation, strictness)));
        context.register(new SpecViolationMapper());
        context.register(new SpecExampleResource(source));
        return true;
    }
}
