package dev.expcenter.stub.server;

import java.util.concurrent.CountDownLatch;

/** {@code java -jar expcenter-stub.jar [options]}: serves the API until SIGTERM or Ctrl-C. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = StubCommand.commandLine(new StubCommand(Main::serve)).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static void serve(StubConfig config) throws InterruptedException {
        StubServer server = StubServer.start(config, app -> ApiResources.register(app, config));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "expcenter-stub-shutdown"));
        System.out.println("expcenter-stub " + config);
        System.out.println("Listening on " + server.uri());
        stopped.await();
    }
}
