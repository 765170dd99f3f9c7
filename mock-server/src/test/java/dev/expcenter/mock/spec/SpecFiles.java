package dev.expcenter.mock.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The packaged spec as text, copies of it in temp files, and edits to them. */
public final class SpecFiles {
    /** A new operation no resource implements, with one example. */
    public static final String RESULTS_OPERATION = """
              /experimentation/experiments/{id}/results:
                get:
                  operationId: getExperimentResults
                  tags: [experiments]
                  summary: Get an experiment's results.
                  security:
                    - oAuth2ClientCredentials: [read:experimentation]
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: The results so far.
                      content:
                        application/json:
                          schema:
                            type: object
                          examples:
                            early:
                              value:
                                experiment_id: exp_9Km3nZ7vQwRx2yDjFs5gCp
                                visitors: 1200
                                conversion: 0.042
                            later:
                              value:
                                experiment_id: exp_9Km3nZ7vQwRx2yDjFs5gCp
                                visitors: 9000
                                conversion: 0.051
                    '404':
                      description: No experiment has this id.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/ErrorResponse'
            """;

    private SpecFiles() {
    }

    public static String packaged() {
        try (InputStream in = SpecFiles.class.getClassLoader().getResourceAsStream(SpecSource.CLASSPATH_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The packaged spec with {@link #RESULTS_OPERATION} added under {@code paths}. */
    public static String withResultsOperation() {
        return packaged().replaceFirst("(?m)^paths:\\n", java.util.regex.Matcher.quoteReplacement("paths:\n" + RESULTS_OPERATION));
    }

    /** A data file with no flags, variations, segments or experiments, in {@code dir}. */
    public static Path emptyData(Path dir) {
        return write(dir.resolve("empty-data.json"),
                "{\"feature_flags\": [], \"variations\": [], \"segments\": [], \"experiments\": []}");
    }

    public static Path copy(Path dir) {
        return write(dir.resolve("openapi.yaml"), packaged());
    }

    public static Path write(Path file, String text) {
        try {
            // Write then move, as editors do, so the watcher never reads half a file.
            Path temp = Files.createTempFile(file.getParent(), "spec", ".tmp");
            Files.writeString(temp, text);
            return Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} until it holds or {@code timeout} passes. */
    public static boolean await(Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
