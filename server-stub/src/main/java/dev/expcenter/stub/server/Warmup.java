package dev.expcenter.stub.server;

import dev.expcenter.stub.model.ErrorResponse;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that would otherwise fall on the first request (logging, Jackson, Hibernate
 * Validator), done on a second thread while Jersey and Grizzly start on the main one. The stub and
 * the mock both start it first thing.
 */
public final class Warmup {
    private Warmup() {
    }

    /** Starts the warm-up thread (a daemon, below normal priority); returns at once. */
    public static void start() {
        Thread thread = new Thread(Warmup::run, "expcenter-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run() {
        try {
            LoggerFactory.getLogger(Warmup.class);
            JsonMapperProvider.mapper().writeValueAsBytes(new ErrorResponse(400, "Bad Request", "warm-up"));
            try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
                validation.getValidator().validate(new ErrorResponse());
            }
        } catch (Exception | LinkageError e) {
            // Only a head start: whatever failed here is done again, and reported, on first use.
        }
    }
}
