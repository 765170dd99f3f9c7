package dev.expcenter.mock.server;

import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A Grizzly handler that builds the handler it delegates to on its first request, not at start:
 * the mock's root application (admin, docs) then costs nothing on the way to the API's first 200
 * (its Jersey initialisation is about 0.3 s of start-up on a loaded 2-core machine, see
 * docs/performance.md). The first root request pays it once; later ones go straight through.
 */
public final class DeferredContainer extends HttpHandler {
    private final Supplier<? extends HttpHandler> factory;
    private volatile HttpHandler delegate;
    private boolean destroyed;

    public DeferredContainer(String name, Supplier<? extends HttpHandler> factory) {
        super(name);
        this.factory = factory;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        delegate().service(request, response);
    }

    private HttpHandler delegate() {
        HttpHandler handler = delegate;
        if (handler != null) {
            return handler;
        }
        synchronized (this) {
            if (delegate == null) {
                if (destroyed) {
                    throw new IllegalStateException(getName() + " is stopped");
                }
                HttpHandler created = factory.get();
                created.start();
                delegate = created;
            }
            return delegate;
        }
    }

    @Override
    public synchronized void destroy() {
        destroyed = true;
        if (delegate != null) {
            delegate.destroy();
        }
    }
}
