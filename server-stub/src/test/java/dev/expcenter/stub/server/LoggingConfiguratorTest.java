package dev.expcenter.stub.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request log goes through a queue: the logging thread never writes, and no line is ever dropped. */
class LoggingConfiguratorTest {
    private final LoggerContext context = new LoggerContext();
    private final CountDownLatch writerMayGo = new CountDownLatch(1);
    private final List<String> written = new CopyOnWriteArrayList<>();

    /** The stand-in for the console: waits until the test lets it go, then slowly takes one line at a time. */
    private final AppenderBase<ILoggingEvent> slowConsole = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            try {
                writerMayGo.await();
                if (written.size() % 500 == 0) {
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(event.getFormattedMessage());
        }
    };

    private Logger requestLog() {
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's SLF4J provider gives its own context
        slowConsole.setContext(context);
        slowConsole.setName("SLOW");
        slowConsole.start();
        AsyncAppender async = LoggingConfigurator.async(context, slowConsole);
        Logger log = context.getLogger("dev.expcenter.stub.request");
        log.setLevel(Level.INFO);
        log.addAppender(async);
        return log;
    }

    @AfterEach
    void stop() {
        writerMayGo.countDown();
        context.stop();
    }

    @Test
    void aRequestThreadShouldNotWaitForTheConsole() throws InterruptedException {
        Logger log = requestLog();
        CountDownLatch logged = new CountDownLatch(1);
        Thread request = new Thread(() -> {
            log.info("GET /api/v2/experimentation/experiments 200 1ms");
            logged.countDown();
        });
        request.start();

        assertThat(logged.await(5, TimeUnit.SECONDS)).as("the log call returned while the console was busy").isTrue();
        assertThat(written).isEmpty();
        writerMayGo.countDown();
        context.stop();
        assertThat(written).containsExactly("GET /api/v2/experimentation/experiments 200 1ms");
    }

    @Test
    void everyLineShouldBeWrittenWhenTheQueueOverflows() throws InterruptedException {
        Logger log = requestLog();
        int lines = 3 * LoggingConfigurator.QUEUE_SIZE;
        Thread request = new Thread(() -> {
            for (int i = 0; i < lines; i++) {
                log.info("line {}", i);
            }
        });
        request.start();
        Thread.sleep(200); // the queue fills while the console is held back
        writerMayGo.countDown();
        request.join(TimeUnit.SECONDS.toMillis(30));
        // A dropped line never arrives; a slow console (a loaded machine) only needs time, more than
        // the flush that stop() allows.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (written.size() < lines && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        context.stop();

        assertThat(written).hasSize(lines);
        assertThat(written.get(0)).isEqualTo("line 0");
        assertThat(written.get(lines - 1)).isEqualTo("line " + (lines - 1));
    }
}
