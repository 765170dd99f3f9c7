package dev.expcenter.mock.data;

import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.StateDocument;
import dev.expcenter.stub.error.EngineMessages;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.JsonMapperProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The data every engine starts from, and where it came from.
 *
 * @param state the whole state
 * @param source "built-in data" or the data file's path
 */
public record DataSet(EngineState state, String source) {
    /** The classpath resource holding the built-in data. */
    public static final String BUILT_IN = "expcenter/mock-data.json";

    /** The data file's state, checked like the stub's ({@code StateFile}); the built-in data when null. */
    public static DataSet load(Path dataFile) {
        if (dataFile == null) {
            return builtIn();
        }
        return new DataSet(ApiResources.stateFile().read(dataFile), dataFile.toString());
    }

    /**
     * The built-in data. Read without bean validation, which would cost start-up time: the data is
     * ours and a test checks it with the full {@code StateFile} rules.
     */
    public static DataSet builtIn() {
        try (InputStream in = DataSet.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BUILT_IN);
            }
            StateDocument document = JsonMapperProvider.mapper().readValue(in, StateDocument.class);
            return new DataSet(document.toState(), "built-in data");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUILT_IN, e);
        }
    }

    /** E.g. "6 feature flags, 13 variations, 4 segments, 8 experiments from built-in data". */
    public String summary() {
        return state.featureFlags().size() + " feature flags, " + state.variations().size() + " variations, "
                + state.segments().size() + " segments, " + state.experiments().size() + " experiments from "
                + source;
    }

    /** A data set whose engine cannot be built, as the stub reports a bad data file. */
    public InvalidStateException inconsistent(RuntimeException cause) {
        String why = cause instanceof EngineException broken ? EngineMessages.of(broken) : cause.getMessage();
        return new InvalidStateException(source + ": " + why, cause);
    }
}
