package dev.expcenter.stub.server;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The logging configuration of the stub and the mock, in code rather than a {@code logback.xml}:
 * logback's XML configurator loads the JDK's XML parser and several hundred classes of its own,
 * a measured part of start-up (docs/performance.md). Found by logback through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}. A file given with
 * {@code -Dlogback.configurationFile=...} still wins: then this configurator steps aside.
 *
 * <p>Lines are written to the console by one background thread ({@link AsyncAppender}), so the
 * request thread that logs (one line per request) only queues the event. Nothing is dropped: when the
 * queue of {@link #QUEUE_SIZE} events is full, the logging thread waits until the writer has made room
 * (logback's {@code neverBlock=false}, and a discarding threshold of 0, so INFO lines are not discarded
 * when the queue fills). {@link #stop()} writes out what is still queued.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {
    /** The console line: time, level, shortened logger name, message. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    /** Events waiting for the console writer before a logging thread has to wait. */
    static final int QUEUE_SIZE = 8192;
    /** How long {@link #stop()} waits for the queued lines to be written. */
    static final int FLUSH_MILLIS = 2000;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // JUL (Jersey, Grizzly) is routed to SLF4J; this keeps disabled JUL levels cheap.
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        julLevels.start();
        context.addListener(julLevels);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder);
        console.start();
        AsyncAppender async = async(context, console);

        context.getLogger("org.glassfish").setLevel(Level.WARN);
        // Announces every graceful stop at WARN.
        context.getLogger("org.glassfish.grizzly.nio.GracefulShutdownRunner").setLevel(Level.ERROR);
        context.getLogger("org.hibernate.validator").setLevel(Level.WARN);
        context.getLogger("io.swagger").setLevel(Level.WARN);
        // The request validator says at INFO, on every request, that it does not check oauth2 (our filter does).
        context.getLogger("com.atlassian.oai.validator").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(async);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** An appender that queues each event for {@code target}, written by one background thread; started. */
    static AsyncAppender async(LoggerContext context, Appender<ILoggingEvent> target) {
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC_" + target.getName());
        async.setQueueSize(QUEUE_SIZE);
        async.setDiscardingThreshold(0); // logback's default drops TRACE, DEBUG and INFO when 80 % full
        async.setNeverBlock(false);
        async.setMaxFlushTime(FLUSH_MILLIS);
        async.addAppender(target);
        async.start();
        return async;
    }

    /** Writes out every queued line and stops logging: the last step of a server's shutdown hook. */
    public static void stop() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            context.stop();
        }
    }
}
