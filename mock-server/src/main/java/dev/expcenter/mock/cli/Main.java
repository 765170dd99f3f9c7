package dev.expcenter.mock.cli;

import dev.expcenter.mock.MockConfig;
import dev.expcenter.mock.MockServer;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.StateNotSavedException;
import dev.expcenter.stub.server.LoggingConfigurator;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar expcenter-mock.jar [options]}: serves the mock until SIGTERM or Ctrl-C. */
public final class Main {
    /** Exit code for data or a state file that cannot be loaded or created. */
    static final int BAD_DATA = 2;
    /** Exit code for a port that cannot be bound. */
    static final int CANNOT_LISTEN = 3;

    private Main() {
    }

    public static void main(String[] args) {
        new MockCommand(Main::serve).runAsMain(args);
    }

    static int serve(MockConfig config) throws InterruptedException {
        MockServer server;
        try {
            server = start(config, System.out);
        } catch (InvalidStateException | StateNotSavedException e) {
            System.err.println("expcenter-mock: cannot load the data: " + e.getMessage());
            return BAD_DATA;
        } catch (UncheckedIOException e) {
            System.err.println("expcenter-mock: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
            return CANNOT_LISTEN;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LoggingConfigurator.stop();
            stopped.countDown();
        }, "expcenter-mock-shutdown"));
        stopped.await();
        return 0;
    }

    /** Starts the mock and prints where everything is; the data's errors propagate. */
    static MockServer start(MockConfig config, PrintStream out) {
        MockServer server = MockServer.start(config);
        out.println("expcenter-mock is up");
        out.println("  API:   " + server.apiUri());
        out.println("  Docs:  " + server.uri() + "/docs");
        out.println("  Admin: " + (config.admin() ? server.uri() + "/__admin" : "off (--no-admin)"));
        out.println("  Data:  " + server.data().summary());
        if (config.stub().stateFile() != null) {
            out.println("  State: " + config.stub().stateFile().toAbsolutePath()
                    + " (the default session, kept across restarts)");
        }
        return server;
    }
}
