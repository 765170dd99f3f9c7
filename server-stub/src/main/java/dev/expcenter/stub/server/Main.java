package dev.expcenter.stub.server;

import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.StateDatabase;
import dev.expcenter.stub.data.StateNotSavedException;
import dev.expcenter.stub.resource.EngineSelector;

import java.util.concurrent.CountDownLatch;

/** {@code java -jar expcenter-stub.jar [options]}: serves the API until SIGTERM or Ctrl-C. */
public final class Main {
    /** Exit code for a data or state file that cannot be loaded or created. */
    static final int BAD_DATA = 2;

    private Main() {
    }

    public static void main(String[] args) {
        new StubCommand(Main::serve).runAsMain(args);
    }

    private static int serve(StubConfig config) throws InterruptedException {
        Running running;
        try {
            running = start(config);
        } catch (InvalidStateException | StateNotSavedException e) {
            System.err.println("expcenter-stub: cannot load the state: " + e.getMessage());
            return BAD_DATA;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            System.out.println("expcenter-stub stopped");
            LoggingConfigurator.stop();
            stopped.countDown();
        }, "expcenter-stub-shutdown"));
        System.out.println("expcenter-stub " + config);
        System.out.println("Listening on " + running.server().uri());
        stopped.await();
        return 0;
    }

    /** A started stub and its state file (null without {@code --state-file}), closed together. */
    record Running(StubServer server, StateDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            try {
                server.close();
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }

    /**
     * Loads the state (the state file's if there is one, created from the data file or empty if it
     * is missing; else the data file's) and starts serving it; with a state file, every write is
     * committed to it before its answer.
     *
     * @throws InvalidStateException when the data or state file cannot be read (the state file is left untouched)
     * @throws StateNotSavedException when a new state file cannot be created
     */
    static Running start(StubConfig config) {
        if (config.stateFile() == null) {
            return new Running(startServer(config, ApiResources.engineFor(config)), null);
        }
        StateDatabase.preload();
        StateDatabase database = StateDatabase.open(config.stateFile(), ApiResources.initialState(config),
                ApiResources.stateFile());
        try {
            return new Running(startServer(config, database.engine()), database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static StubServer startServer(StubConfig config, ExperimentCenter engine) {
        return StubServer.start(config, app -> ApiResources.register(app, EngineSelector.fixed(engine)));
    }
}
