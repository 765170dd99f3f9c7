package dev.expcenter.stub.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.stub.error.EngineMessages;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads a {@link StateDocument} from JSON, failing with the source, the place and the reason. */
public final class StateFile {
    private final ObjectMapper json;
    private final Supplier<Validator> validators;
    private volatile Validator validator;

    /**
     * A reader with {@code json}'s rules; {@code validators} makes the bean validator on the first
     * document that needs it (building one costs a few hundred ms, which a start-up from a state
     * database, whose rows are not validated again, never pays).
     */
    public StateFile(ObjectMapper json, Supplier<Validator> validators) {
        this.json = json;
        this.validators = validators;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = validators.get();
            validator = v;
        }
        return v;
    }

    /** Reads and checks a data file. */
    public EngineState read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new InvalidStateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks a state document from a stream; {@code source} names it in errors. */
    public EngineState read(InputStream in, String source) {
        StateDocument document;
        try {
            document = json.readValue(in, StateDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidStateException(source + place(e.getLocation()) + ": " + property(e) + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidStateException(source + ": cannot be read: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new InvalidStateException(source + ": is empty; expected an object with feature_flags, "
                    + "variations, segments and experiments", null);
        }
        return read(document, source);
    }

    /**
     * Checks a state document already read (its constraints, then its consistency as an engine would) and
     * returns its engine state; {@code source} names it in errors.
     */
    public EngineState read(StateDocument document, String source) {
        check(document, source);
        return consistent(document, source);
    }

    private static EngineState consistent(StateDocument document, String source) {
        try {
            EngineState state = document.toState();
            // Refuse here, naming the file, what an engine would refuse (dangling ids, two active experiments...).
            ExperimentCenter.restore(state, Clock.systemUTC(), IdGenerator.secureRandom());
            return state;
        } catch (EngineException e) {
            throw new InvalidStateException(source + ": " + EngineMessages.of(e), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidStateException(source + ": " + e.getMessage(), e);
        }
    }

    private static String property(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return "at " + path + ": ";
    }

    private void check(StateDocument document, String source) {
        List<String[]> violations = new ArrayList<>();
        violations.addAll(violations("featureFlags", document.featureFlags()));
        violations.addAll(violations("variations", document.variations()));
        violations.addAll(violations("segments", document.segments()));
        violations.addAll(violations("experiments", document.experiments()));
        if (!violations.isEmpty()) {
            String reasons = violations.stream()
                    .sorted(Comparator.comparing(v -> v[0]))
                    .map(v -> snakeCase(v[0]) + " " + v[1])
                    .collect(Collectors.joining("; "));
            throw new InvalidStateException(source + ": " + reasons, null);
        }
    }

    /**
     * The violations of each item of one of the document's lists, as {path, message}: what validating the
     * document would give, item by item so that both cores share a large state's check.
     */
    private List<String[]> violations(String list, List<?> items) {
        return IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> validator().validate(items.get(i)).stream()
                        .map(v -> new String[] {list + "[" + i + "]." + v.getPropertyPath(), v.getMessage()}).toList())
                .flatMap(List::stream)
                .toList();
    }

    private static String place(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String snakeCase(String path) {
        return path.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
