package dev.expcenter.stub.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.EngineState;
import dev.expcenter.stub.server.JsonMapperProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole state as JSON: either a bare state document ({@code {"feature_flags": [...], ...}}) or the
 * envelope the mock's JSON state files hold, {@code {"format": "expcenter-mock-state", "version": 1,
 * "state": {state document}}}. What is read is checked by the {@link StateFile} given; every error is an
 * {@link InvalidStateException} naming the source and the reason.
 */
public final class JsonSnapshot {
    /** The {@code format} field of an envelope. */
    public static final String FORMAT = "expcenter-mock-state";
    /** The {@code version} field of an envelope this code writes and reads. */
    public static final int VERSION = 1;

    private final StateFile reader;
    private final ObjectMapper json = JsonMapperProvider.mapper();

    public JsonSnapshot(StateFile reader) {
        this.reader = reader;
    }

    /** Reads a bare state document or an envelope from {@code in}; {@code source} names it in errors. */
    public EngineState read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidStateException(source + ": cannot be read: " + e.getMessage(), e);
        }
        return read(bytes, source);
    }

    /** Reads a bare state document or an envelope from {@code bytes}; {@code source} names it in errors. */
    public EngineState read(byte[] bytes, String source) {
        return read(bytes, source, true);
    }

    /**
     * Reads an envelope only (a JSON state file): a bare state document, a {@code --data} file say,
     * is refused, so a data file given as {@code --state-file} by mistake is not taken over.
     */
    public EngineState readEnvelope(byte[] bytes, String source) {
        return read(bytes, source, false);
    }

    private EngineState read(byte[] bytes, String source, boolean bareAllowed) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException p ? p.getOriginalMessage() : e.getMessage();
            throw new InvalidStateException(source + ": not readable JSON (" + firstLine(reason) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidStateException(source + ": not a state (expected a JSON object)", null);
        }
        if (bareAllowed && !root.has("format") && !root.has("version") && !root.has("state")) {
            return reader.read(new ByteArrayInputStream(bytes), source);
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new InvalidStateException(source + ": not a state file of this mock (format is "
                    + root.path("format") + ", expected \"" + FORMAT + "\")", null);
        }
        if (!root.path("version").isInt() || root.path("version").asInt() != VERSION) {
            throw new InvalidStateException(source + ": version " + root.path("version") + " is not supported "
                    + "(this mock reads version " + VERSION + ")", null);
        }
        JsonNode state = root.get("state");
        if (state == null || !state.isObject()) {
            throw new InvalidStateException(source + ": has no state object", null);
        }
        return reader.read(new ByteArrayInputStream(state.toString().getBytes(StandardCharsets.UTF_8)), source);
    }

    /** The envelope of {@code state}, as UTF-8 JSON. */
    public byte[] write(EngineState state) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("format", FORMAT);
        envelope.put("version", VERSION);
        envelope.put("state", StateDocument.of(state));
        try {
            return json.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
