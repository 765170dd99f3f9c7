package dev.expcenter.mock.server;

import dev.expcenter.mock.MockContext;
import dev.expcenter.mock.MockExtension;
import dev.expcenter.mock.admin.AdminRoutes;
import dev.expcenter.mock.cors.CorsFilter;
import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.mock.session.InvalidSessionMapper;
import dev.expcenter.stub.server.ApiApplication;
import dev.expcenter.stub.server.JsonMapperProvider;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import java.util.List;

/**
 * The application at {@code /}: the admin routes (unless refused), then whatever extensions add
 * (docs, the spec, a dev token endpoint). No token and no rate limit here; errors in Auth0's
 * format through the stub's mappers; CORS as on the API.
 */
public final class RootApplication {
    private RootApplication() {
    }

    /** The root application of a mock. */
    public static ResourceConfig create(MockContext context, RequestJournal journal, CorsFilter cors,
                                        List<MockExtension> extensions) {
        ResourceConfig root = new ResourceConfig();
        root.setApplicationName("expcenter-mock-root");
        root.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        root.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        root.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        root.register(JacksonFeature.withoutExceptionMappers());
        root.register(JsonMapperProvider.class);
        ApiApplication.registerErrorMappers(root);
        root.register(InvalidSessionMapper.class);
        root.register(cors);
        if (context.config().admin()) {
            AdminRoutes.register(root, context.sessions(), journal, context.config().providerStates());
        }
        for (MockExtension extension : extensions) {
            extension.configureRoot(root, context);
        }
        return root;
    }
}
