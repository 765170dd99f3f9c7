package dev.expcenter.stub.server;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.resource.EngineSelector;

import java.util.concurrent.CountDownLatch;

/** {@code java -jar expcenter-stub.jar [options]}: serves the API until SIGTERM or Ctrl-C. */
public final class Main {
    /** Exit code for a data file that cannot be loaded. */
    static final int BAD_DATA = 2;

    private Main() {
    }

    public static void main(String[] args) {
        new StubCommand(Main::serve).runAsMain(args);
    }

    private static int serve(StubConfig config) throws InterruptedException {
        ExperimentCenter engine;
        try {
            engine = ApiResources.engineFor(config);
        } catch (InvalidStateException e) {
            System.err.println("expcenter-stub: cannot load the data file: " + e.getMessage());
            return BAD_DATA;
        }
        StubServer server = StubServer.start(config, app -> ApiResources.register(app, EngineSelector.fixed(engine)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("expcenter-stub stopped");
            LoggingConfigurator.stop();
            stopped.countDown();
        }, "expcenter-stub-shutdown"));
        System.out.println("expcenter-stub " + config);
        System.out.println("Listening on " + server.uri());
        stopped.await();
        return 0;
    }
}
