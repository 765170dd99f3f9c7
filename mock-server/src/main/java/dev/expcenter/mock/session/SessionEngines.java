package dev.expcenter.mock.session;

import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.IdGenerator;
import dev.expcenter.stub.resource.EngineSelector;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The engine for each request: the default one without {@value #HEADER}, else that session's own,
 * made from the initial data on first use. At most {@code maxSessions} live at once (the least
 * recently used goes first) and a session unused for {@code idle} is dropped. Thread-safe.
 *
 * <p>An access-ordered map under one lock, not a Caffeine cache: a session is a user's state, and
 * Caffeine's size bound (W-TinyLFU) may evict the session just created rather than the least recently
 * used one, dropping the writes a test has only begun; the bound here is exact LRU, and small.
 */
public final class SessionEngines implements EngineSelector {
    /** The request header naming a session. */
    public static final String HEADER = "X-Mock-Session";

    private final EngineState initial;
    private final int maxSessions;
    private final long idleNanos;
    private final LongSupplier nanoTime;
    private final ExperimentCenter defaultEngine;
    // Access order: the first entry is the least recently used, hence also the longest idle.
    private final LinkedHashMap<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true);
    private final ExtraProperties extras = new ExtraProperties();

    /** Sessions on the system's monotonic clock. */
    public SessionEngines(EngineState initial, int maxSessions, Duration idle) {
        this(initial, maxSessions, idle, System::nanoTime);
    }

    /** Sessions on the given monotonic clock, in nanoseconds (tests pass a hand-moved one). */
    public SessionEngines(EngineState initial, int maxSessions, Duration idle, LongSupplier nanoTime) {
        this.initial = initial;
        this.maxSessions = maxSessions;
        this.idleNanos = idle.toNanos();
        this.nanoTime = nanoTime;
        this.defaultEngine = fresh();
    }

    @Override
    public ExperimentCenter select(HttpHeaders headers) {
        return select(headers.getHeaderString(HEADER));
    }

    /** The default engine for null, else the named session's (created if needed). */
    public ExperimentCenter select(String session) {
        if (session == null) {
            return defaultEngine;
        }
        String name = SessionName.check(session);
        long now = nanoTime.getAsLong();
        synchronized (sessions) {
            expire(now);
            Session found = sessions.get(name);
            if (found == null) {
                found = new Session(fresh());
                sessions.put(name, found);
                while (sessions.size() > maxSessions) {
                    Iterator<String> eldest = sessions.keySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
            found.lastUsed = now;
            return found.engine;
        }
    }

    /** Restores the default engine to the initial data and drops every session. */
    public void resetAll() {
        defaultEngine.replace(initial);
        extras.forget(defaultEngine);
        synchronized (sessions) {
            sessions.clear();
        }
    }

    /** Restores one session (the next request makes it afresh); null resets everything. */
    public void reset(String session) {
        if (session == null) {
            resetAll();
            return;
        }
        String name = SessionName.check(session);
        synchronized (sessions) {
            sessions.remove(name);
        }
    }

    /**
     * What the live session {@code name} has recorded for a pact; empty when no such session lives
     * (never used, reset, expired or evicted: its recording goes with it).
     */
    public Optional<SessionRecording> recording(String name) {
        String checked = SessionName.check(name);
        synchronized (sessions) {
            expire(nanoTime.getAsLong());
            Session found = sessions.get(checked);
            return found == null ? Optional.empty() : Optional.of(found.recording);
        }
    }

    /** The names of the live sessions, least recently used first. */
    public List<String> names() {
        synchronized (sessions) {
            expire(nanoTime.getAsLong());
            return List.copyOf(sessions.keySet());
        }
    }

    /** The properties the engines' entities carry beyond what the engine models. */
    public ExtraProperties extras() {
        return extras;
    }

    /** The data every engine starts from. */
    public EngineState initial() {
        return initial;
    }

    private ExperimentCenter fresh() {
        return ExperimentCenter.restore(initial, Clock.systemUTC(), IdGenerator.secureRandom());
    }

    private void expire(long now) {
        Iterator<Map.Entry<String, Session>> it = sessions.entrySet().iterator();
        while (it.hasNext()) {
            if (now - it.next().getValue().lastUsed < idleNanos) {
                return;
            }
            it.remove();
        }
    }

    private static final class Session {
        final ExperimentCenter engine;
        final SessionRecording recording = new SessionRecording();
        long lastUsed;

        Session(ExperimentCenter engine) {
            this.engine = engine;
        }
    }
}
