package dev.expcenter.stub.data;

import dev.expcenter.engine.Change;
import dev.expcenter.engine.ChangeListener;
import dev.expcenter.engine.EngineException;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.IdKind;
import dev.expcenter.stub.error.EngineMessages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A state kept in an SQLite file across restarts, written through as the engine commits each write.
 *
 * <p>The file: one table per kind ({@code feature_flags}, {@code variations}, {@code segments},
 * {@code experiments}), each {@code (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)}
 * with {@code body} the entity's wire JSON and creation order the {@code seq} order, so it can be read
 * with {@code sqlite3} ({@code SELECT json_extract(body, '$.name') FROM experiments}). It is stamped with
 * {@code PRAGMA application_id} 0x45584331 and {@code PRAGMA user_version} 1 (the schema version).
 *
 * <p>{@link #open} reads an existing database (checked before anything is written to it), creates a new
 * one, or imports a JSON state file (the old snapshot format, see {@link JsonSnapshot}) keeping the original
 * as {@code FILE.json-imported}; a new file is built beside the file and renamed over it, so it never exists
 * half-made. What it read is loaded into the engine that serves it ({@link #engine}), once: that load is
 * the consistency check. A file that is none of these, or not consistent, is an {@link
 * InvalidStateException} naming it and the reason, and is left byte for byte as it was.
 *
 * <p>Each {@link #committed} and {@link #replaced} is one SQLite transaction, committed ({@code
 * synchronous=FULL}, WAL) before it returns; one that fails is rolled back and thrown as {@link
 * StateNotSavedException}. One connection in auto-commit mode, each write in an explicit {@code BEGIN
 * IMMEDIATE ... COMMIT}, used under the engine's write lock (and these methods are synchronized besides).
 *
 * <p>Test hook: the system property {@value #MAX_PAGES}, when set, runs {@code PRAGMA max_page_count = N}
 * after open, so that writes growing the file beyond N pages fail as on a full disk ({@code SQLITE_FULL}).
 */
public final class StateDatabase implements ChangeListener, AutoCloseable {
    /** Test hook: the most pages the file may grow to (see the class documentation). */
    public static final String MAX_PAGES = "expcenter.stateFile.maxPages";

    private final Path file;
    private final EngineState loaded;
    private final ExperimentCenter engine;
    private final Connection db;
    private final Map<IdKind, PreparedStatement> upserts = new EnumMap<>(IdKind.class);
    private final Map<IdKind, PreparedStatement> deletes = new EnumMap<>(IdKind.class);

    private StateDatabase(Path file, EngineState loaded, ExperimentCenter engine, Connection db) {
        this.file = file;
        this.loaded = loaded;
        this.engine = engine;
        this.db = db;
    }

    /**
     * Starts loading SQLite's native library on a background thread (sqlite-jdbc unpacks it from its jar
     * on each start, about 0.1 s), so that it overlaps the rest of start-up; {@link #open} waits for it.
     */
    public static void preload() {
        StateDatabaseFiles.preload();
    }

    /** {@link #open(Path, EngineState, StateFile, ExperimentCenter)} serving a new engine. */
    public static StateDatabase open(Path file, EngineState initial, StateFile reader) {
        return open(file, initial, reader, ExperimentCenter.create());
    }

    /**
     * Opens the state database {@code file} and serves it from {@code engine}: reads it, creates it
     * holding {@code initial} if it does not exist, or imports it if it is a JSON state file; replaces
     * everything in {@code engine} with what was read (building the engine is the consistency check,
     * done once); then saves each of the engine's writes before it returns (see {@link #engine}).
     *
     * @throws InvalidStateException when the file exists but is not a state database of this version, a
     *                               JSON state, or is not consistent; the file is left as it is, and so
     *                               is the engine
     * @throws StateNotSavedException when a new or imported database cannot be written, or the file
     *                                opened for writing (the engine may then hold its state: stop)
     */
    public static StateDatabase open(Path file, EngineState initial, StateFile reader, ExperimentCenter engine) {
        Path absolute = file.toAbsolutePath();
        String hook = System.getProperty(MAX_PAGES, "").trim();
        Long maxPages = hook.isEmpty() ? null : Long.valueOf(hook);
        EngineState state = StateDatabaseFiles.prepare(absolute, initial, reader);
        try {
            engine.replace(state); // before the file is opened for writing, which may change its bytes
        } catch (EngineException e) {
            throw new InvalidStateException("state file " + absolute + ": " + EngineMessages.of(e)
                    + StateDatabaseFiles.KEEP, e);
        } catch (IllegalArgumentException | NullPointerException e) { // as StateFile refuses a document
            throw new InvalidStateException("state file " + absolute + ": " + e.getMessage() + StateDatabaseFiles.KEEP, e);
        }
        Connection db = null;
        try {
            db = StateDatabaseFiles.connect(absolute);
            if (maxPages != null) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + maxPages);
                }
            }
        } catch (SQLException e) {
            closeQuietly(db, e);
            throw new StateNotSavedException("Cannot open the state file " + absolute + ": " + e.getMessage(), e);
        }
        StateDatabase database = new StateDatabase(absolute, state, engine, db);
        engine.listen(database);
        return database;
    }

    /** The engine serving this file: every write to it is committed to the file before it returns. */
    public ExperimentCenter engine() {
        return engine;
    }

    /** The state read at open (or the initial one, for a new file). */
    public EngineState state() {
        return loaded;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Saves what one write changed, in one transaction, before returning. */
    @Override
    public synchronized void committed(List<Change> changes) {
        transaction(() -> {
            for (Change change : changes) {
                if (change.removed()) {
                    PreparedStatement delete = statement(deletes, change.kind(), StateRows.deleteSql(change.kind()));
                    delete.setString(1, change.id());
                    delete.executeUpdate();
                } else {
                    PreparedStatement upsert = statement(upserts, change.kind(), StateRows.upsertSql(change.kind()));
                    upsert.setString(1, change.id());
                    upsert.setString(2, StateRows.body(change.kind(), change.entity()));
                    upsert.executeUpdate();
                }
            }
        });
    }

    /** Replaces everything saved with {@code state}, in one transaction, before returning. */
    @Override
    public synchronized void replaced(EngineState state) {
        transaction(() -> {
            for (IdKind kind : StateRows.KINDS) {
                execute("DELETE FROM " + StateRows.table(kind));
            }
            StateRows.insertAll(db, state);
        });
    }

    /** Statements that may fail with SQLite's error. */
    private interface Work {
        void run() throws SQLException;
    }

    /** {@code work} in one transaction, committed before returning; a failure commits nothing. */
    private void transaction(Work work) {
        try {
            execute("BEGIN IMMEDIATE");
            work.run();
            execute("COMMIT");
        } catch (SQLException e) {
            throw notSaved(e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /** Closes the connection (SQLite checkpoints the WAL into the file); later writes to the engine fail. */
    @Override
    public synchronized void close() {
        SQLException failure = null;
        for (PreparedStatement s : List.copyOf(upserts.values())) {
            failure = closeStatement(s, failure);
        }
        for (PreparedStatement s : List.copyOf(deletes.values())) {
            failure = closeStatement(s, failure);
        }
        upserts.clear();
        deletes.clear();
        try {
            db.close();
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw new StateNotSavedException("Cannot close the state file " + file + ": " + failure.getMessage(), failure);
        }
    }

    private PreparedStatement statement(Map<IdKind, PreparedStatement> cache, IdKind kind, String sql)
            throws SQLException {
        PreparedStatement s = cache.get(kind);
        if (s == null) {
            s = db.prepareStatement(sql);
            cache.put(kind, s);
        }
        return s;
    }

    private StateNotSavedException notSaved(SQLException e) {
        rollback(e);
        return new StateNotSavedException("Cannot save to the state file " + file + ": " + e.getMessage(), e);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    /** Undoes an open transaction (SQLite has already undone one that failed as full: that error is kept aside). */
    private void rollback(Exception cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static SQLException closeStatement(PreparedStatement s, SQLException failure) {
        try {
            s.close();
            return failure;
        } catch (SQLException e) {
            return failure == null ? e : failure;
        }
    }

    private static void closeQuietly(Connection db, SQLException cause) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
