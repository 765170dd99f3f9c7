package dev.expcenter.stub.server;

import org.glassfish.grizzly.http.server.HttpServer;
import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What every server of the project does around Grizzly: route its logging, and stop it gracefully. */
final class GrizzlyLifecycle {
    /** How long in-flight requests get to finish when a server stops. */
    static final long GRACE_SECONDS = 5;

    static {
        // Logging starts on the warm-up thread; log calls made meanwhile are replayed, without SLF4J saying so.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        // Jersey and Grizzly log through java.util.logging.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private GrizzlyLifecycle() {
    }

    /** Routes java.util.logging to SLF4J, once per JVM (the work is done when this class loads). */
    public static void routeLogging() {
        // Loading the class did it.
    }

    /** Stops accepting connections, waits up to {@link #GRACE_SECONDS} for in-flight requests, then stops. */
    public static void stop(HttpServer http) {
        try {
            http.shutdown(GRACE_SECONDS, TimeUnit.SECONDS).get(GRACE_SECONDS + 1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.shutdownNow();
        } catch (ExecutionException | TimeoutException e) {
            http.shutdownNow();
        }
    }
}
