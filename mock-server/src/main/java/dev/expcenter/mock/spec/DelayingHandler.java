package dev.expcenter.mock.spec;

import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delays API requests without holding a thread: {@code Prefer: delay=N} and the global
 * {@code --latency} suspend the request, and a timer hands it to the worker threads when its time has
 * come. The server keeps as few worker threads as it has cores (more only preempt each other), so a
 * delay that slept in a worker would stall every other request: with 2 workers, two
 * {@code delay=3000} requests would freeze the mock for 3 s. Here a thousand delayed requests cost a
 * thousand timer entries.
 *
 * <p>The request is marked ({@link #DELAYED}), so {@link ForcingFilter} does not wait again; on a
 * server without this handler (the filter alone, e.g. in a test harness) the filter still sleeps.
 * An invalid {@code Prefer} header is not delayed: the filter answers it with a 400.
 */
public final class DelayingHandler extends HttpHandler {
    /**
     * The request attribute (a Jersey request property too) saying the delay has been served: the
     * request's {@code Prefer} header as parsed here, so that {@link ForcingFilter} does not parse it again.
     */
    static final String DELAYED = DelayingHandler.class.getName() + ".delayed";
    private static final Logger LOG = LoggerFactory.getLogger(DelayingHandler.class);

    private final HttpHandler delegate;
    private final ChaosSettings chaos;
    private final ScheduledExecutorService timer;

    /** Delays requests for {@code delegate} by {@code chaos}'s latency plus their own {@code Prefer: delay}. */
    public DelayingHandler(HttpHandler delegate, ChaosSettings chaos) {
        super(delegate.getName());
        this.delegate = delegate;
        this.chaos = chaos;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "expcenter-delays");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        // A graceful stop still answers the requests already waiting.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
        this.timer = executor;
    }

    /** How long to hold this request: the global latency plus a valid {@code Prefer: delay}. */
    static long delayMillis(ChaosSettings chaos, List<String> prefer) {
        return delayMillis(chaos, Prefer.parse(prefer));
    }

    private static long delayMillis(ChaosSettings chaos, Prefer prefer) {
        long own = prefer.invalid() == null && prefer.delay() != null ? prefer.delay() : 0;
        return chaos.latency().toMillis() + own;
    }

    /** The {@code Prefer} header this handler parsed for the request and whose delay it served, or null when none did. */
    static Prefer delayed(jakarta.ws.rs.container.ContainerRequestContext request) {
        return request.getProperty(DELAYED) instanceof Prefer prefer ? prefer : null;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        Iterable<String> values = request.getHeaders("Prefer");
        List<String> prefer = new java.util.ArrayList<>();
        values.forEach(prefer::add);
        Prefer parsed = Prefer.parse(prefer);
        long delay = delayMillis(chaos, parsed);
        request.setAttribute(DELAYED, parsed);
        if (delay <= 0) {
            delegate.service(request, response);
            return;
        }
        response.suspend();
        try {
            timer.schedule(() -> dispatch(request, response), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            dispatch(request, response);
        }
    }

    /** Runs the request on the transport's worker threads (or here, if they are gone). */
    private void dispatch(Request request, Response response) {
        ExecutorService workers = request.getContext() == null ? null
                : request.getContext().getConnection().getTransport().getWorkerThreadPool();
        Runnable run = () -> serve(request, response);
        if (workers == null) {
            run.run();
            return;
        }
        try {
            workers.execute(run);
        } catch (RejectedExecutionException stopped) {
            run.run();
        }
    }

    private void serve(Request request, Response response) {
        try {
            delegate.service(request, response);
        } catch (Exception | Error e) {
            LOG.error("Delayed request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(500);
                response.setContentType("application/json");
                try {
                    response.getOutputStream().write(ErrorResponses.json(500, ApiError.INTERNAL_ERROR, ApiError.INTERNAL_ERROR.template())
                            .getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException ignored) {
                    // The client is gone.
                }
            }
        } finally {
            if (response.isSuspended()) {
                response.resume();
            }
        }
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void destroy() {
        timer.shutdown();
        delegate.destroy();
    }
}
