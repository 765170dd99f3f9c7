package dev.expcenter.mock.server;

import dev.expcenter.mock.MockContext;
import dev.expcenter.mock.MockExtension;
import dev.expcenter.mock.cors.CorsFilter;
import dev.expcenter.mock.journal.JournalFilter;
import dev.expcenter.mock.journal.RequestJournal;
import dev.expcenter.mock.session.InvalidSessionMapper;
import dev.expcenter.mock.session.SessionRecorder;
import dev.expcenter.stub.server.ApiApplication;
import dev.expcenter.stub.server.ApiResources;
import org.glassfish.jersey.server.ResourceConfig;
import java.util.List;

/**
 * The application at {@code /api/v2}: the stub's, with its infrastructure and resources, answering
 * from the session's engine; plus CORS, the request journal and the extensions' API parts.
 */
public final class MockApiApplication {
    private MockApiApplication() {
    }

    /** The API application of a mock. */
    public static ResourceConfig create(MockContext context, RequestJournal journal, CorsFilter cors,
                                        List<MockExtension> extensions) {
        return ApiApplication.create(context.config().stub(), app -> {
            app.setApplicationName("expcenter-mock-api");
            ApiResources.register(app, context.sessions());
            app.register(InvalidSessionMapper.class);
            app.register(cors);
            app.register(new JournalFilter(journal));
            app.register(new SessionRecorder(context.sessions()));
            for (MockExtension extension : extensions) {
                extension.configureApi(app, context);
            }
        });
    }
}
