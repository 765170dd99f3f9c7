package dev.expcenter.stub.server;

import dev.expcenter.stub.auth.AuthFilter;
import dev.expcenter.stub.error.CatchAllMapper;
import dev.expcenter.stub.error.ConstraintViolationMapper;
import dev.expcenter.stub.error.EngineExceptionMapper;
import dev.expcenter.stub.error.FormBodyMapper;
import dev.expcenter.stub.error.JsonErrorMapper;
import dev.expcenter.stub.error.NotAcceptableMapper;
import dev.expcenter.stub.error.NotAllowedMapper;
import dev.expcenter.stub.error.NotFoundMapper;
import dev.expcenter.stub.error.NotSupportedMapper;
import dev.expcenter.stub.error.ParamExceptionMapper;
import dev.expcenter.stub.error.PayloadTooLargeMapper;
import dev.expcenter.stub.error.StateNotSavedMapper;
import dev.expcenter.stub.error.WebApplicationExceptionMapper;
import dev.expcenter.stub.form.FormBodyReader;
import dev.expcenter.stub.operation.OperationFilter;
import dev.expcenter.stub.operation.PackagedOperations;
import dev.expcenter.stub.ratelimit.RateLimitFilter;
import dev.expcenter.stub.ratelimit.RateLimiter;
import java.util.function.Consumer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * Builds the Jersey application: JSON and form bodies, validation, the error mappers, the filters
 * (request log, rate limit, body limit, header sanity, the request's spec operation, auth), then
 * whatever {@code extensions} register (resources, more providers). Every class is registered
 * explicitly: no scanning, no auto-discovery, fast start.
 */
public final class ApiApplication {
    private ApiApplication() {
    }

    /** The infrastructure alone (no resources). */
    public static ResourceConfig create(StubConfig config) {
        return create(config, app -> { });
    }

    /** The infrastructure, then {@code extensions}, e.g. {@code app -> app.register(new ExperimentsResource(engine))}. */
    public static ResourceConfig create(StubConfig config, Consumer<? super ResourceConfig> extensions) {
        ResourceConfig app = new ResourceConfig();
        app.setApplicationName("expcenter-stub");
        app.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        app.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        app.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        app.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        app.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);

        app.register(JacksonFeature.withoutExceptionMappers());
        app.register(JsonMapperProvider.class);
        app.register(WellFormedJson.class);
        app.register(SentProperties.class);
        app.register(FormBodyReader.class);
        app.register(ValidationFeature.class);

        registerErrorMappers(app);

        app.register(new RequestLogFilter());
        app.register(new RateLimitFilter(new RateLimiter(config.rateLimitCapacity(),
                config.rateLimitRefillPerSecond(), RateLimiter.DEFAULT_MAX_BUCKETS)));
        app.register(new BodyLimitFilter(config.maxBodyBytes()));
        app.register(new HeaderSanityFilter());
        app.register(new OperationFilter(new PackagedOperations()));
        app.register(new AuthFilter(config.authMode(), config.jwt()));

        extensions.accept(app);
        return app;
    }

    /** Every exception mapper, so that no error leaves an application outside Auth0's body. */
    public static void registerErrorMappers(ResourceConfig app) {
        app.register(EngineExceptionMapper.class);
        app.register(JsonErrorMapper.class);
        app.register(FormBodyMapper.class);
        app.register(ConstraintViolationMapper.class);
        app.register(ParamExceptionMapper.class);
        app.register(NotFoundMapper.class);
        app.register(NotAllowedMapper.class);
        app.register(NotSupportedMapper.class);
        app.register(NotAcceptableMapper.class);
        app.register(PayloadTooLargeMapper.class);
        app.register(StateNotSavedMapper.class);
        app.register(WebApplicationExceptionMapper.class);
        app.register(CatchAllMapper.class);
    }
}
