package dev.expcenter.mock.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.mock.MockContext;
import dev.expcenter.mock.MockExtension;
import dev.expcenter.mock.session.SessionEngines;
import dev.expcenter.stub.data.InvalidStateException;
import dev.expcenter.stub.data.StateDocument;
import dev.expcenter.stub.error.ApiError;
import dev.expcenter.stub.error.ErrorResponses;
import dev.expcenter.stub.server.ApiResources;
import dev.expcenter.stub.server.JsonMapperProvider;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default session's state kept in a file across restarts ({@code --state-file}).
 *
 * <p>Design: after every acknowledged write, before its answer leaves, the whole state is written as
 * one JSON document to {@code FILE.tmp}, fsync'd, renamed over {@code FILE} (atomic on POSIX) and the
 * directory fsync'd. A {@code kill -9} at any moment leaves either the previous or the new complete
 * file, and the new one holds every write answered with a 2xx. Saves are serialised and each takes
 * its snapshot inside the lock, so a save never replaces a newer state with an older one. A snapshot
 * per write is cheap at the sizes of the built-in data:
 * the fsyncs dominate, as they would for a write-ahead log.
 *
 * <p>The file: {@code {"format": "expcenter-mock-state", "version": 1, "state": {state document}}}. A
 * file that is not that (corrupt, foreign, another version, an inconsistent state) stops start-up
 * with {@link InvalidStateException} naming the file and the reason, and is never replaced.
 */
public final class StateStore implements MockExtension {
    /** The {@code format} field of a state file. */
    public static final String FORMAT = "expcenter-mock-state";
    /** The {@code version} field this mock writes and reads. */
    public static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Path file;
    private final Path temp;
    private final EngineState loaded;
    private final ObjectMapper json = JsonMapperProvider.mapper();
    private final Object lock = new Object();
    private volatile ExperimentCenter engine;

    private StateStore(Path file, EngineState loaded) {
        this.file = file.toAbsolutePath();
        this.temp = this.file.resolveSibling(this.file.getFileName() + ".tmp");
        this.loaded = loaded;
    }

    /**
     * Reads {@code file}, or creates it holding {@code initial} if it does not exist.
     *
     * @throws InvalidStateException when the file exists but is not a readable state file of this version
     */
    public static StateStore open(Path file, EngineState initial) {
        if (Files.exists(file)) {
            return new StateStore(file, read(file));
        }
        StateStore store = new StateStore(file, initial);
        try {
            store.write(initial);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the state file " + file + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** The state read at open (or the initial one, for a new file). */
    public EngineState state() {
        return loaded;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The engine whose state is saved from now on. */
    public void attach(ExperimentCenter value) {
        this.engine = value;
    }

    /** Saves the attached engine's current state; returns when it is on disk. */
    public void save() throws IOException {
        synchronized (lock) {
            write(engine.snapshot());
        }
    }

    private void write(EngineState state) throws IOException {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("format", FORMAT);
        envelope.put("version", VERSION);
        envelope.put("state", StateDocument.of(state));
        byte[] bytes = json.writeValueAsBytes(envelope);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path dir = file.getParent();
        if (dir != null) {
            try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException e) {
                // Some platforms cannot open a directory; the rename is still atomic there.
            }
        }
    }

    private static EngineState read(Path file) {
        String where = "state file " + file;
        String keep = "; the file is left as it is: fix it, move it away or choose another --state-file";
        JsonNode root;
        try {
            root = JsonMapperProvider.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidStateException(where + ": not readable JSON (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")" + keep, e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidStateException(where + ": not a state file (expected a JSON object)" + keep, null);
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new InvalidStateException(where + ": not a state file of this mock (format is "
                    + root.path("format") + ", expected \"" + FORMAT + "\")" + keep, null);
        }
        if (root.path("version").asInt(-1) != VERSION || !root.path("version").isInt()) {
            throw new InvalidStateException(where + ": version " + root.path("version") + " is not supported "
                    + "(this mock reads version " + VERSION + ")" + keep, null);
        }
        JsonNode state = root.get("state");
        if (state == null || !state.isObject()) {
            throw new InvalidStateException(where + ": has no state object" + keep, null);
        }
        try {
            return ApiResources.stateFile().read(new ByteArrayInputStream(state.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), where);
        } catch (InvalidStateException e) {
            throw new InvalidStateException(e.getMessage() + keep, e);
        }
    }

    @Override
    public void configureApi(org.glassfish.jersey.server.ResourceConfig app, MockContext context) {
        app.register(new SaveFilter(this, true));
    }

    @Override
    public void configureRoot(org.glassfish.jersey.server.ResourceConfig root, MockContext context) {
        root.register(new SaveFilter(this, false));
    }

    /** Saves after each successful write to the default session, before the answer is written. */
    @Priority(100)
    private static final class SaveFilter implements ContainerResponseFilter {
        private final StateStore store;
        private final boolean api;

        SaveFilter(StateStore store, boolean api) {
            this.store = store;
            this.api = api;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (SAFE.contains(request.getMethod()) || response.getStatus() < 200 || response.getStatus() >= 300) {
                return;
            }
            if (api && request.getHeaderString(SessionEngines.HEADER) != null) {
                return;
            }
            try {
                store.save();
            } catch (IOException | RuntimeException e) {
                LOG.error("Cannot save the state to {}: {}", store.file, e.toString());
                Response failed = ErrorResponses.of(ApiError.STATE_NOT_SAVED);
                response.setStatus(503);
                response.setEntity(failed.getEntity(), new java.lang.annotation.Annotation[0],
                        MediaType.APPLICATION_JSON_TYPE);
            }
        }
    }
}
