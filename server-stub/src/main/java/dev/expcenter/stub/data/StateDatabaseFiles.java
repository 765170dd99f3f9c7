package dev.expcenter.stub.data;

import dev.expcenter.engine.EngineState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Finds what a state file is and makes it a state database: checks an existing one without changing it,
 * creates a new one or imports a JSON snapshot, each built beside the file and renamed over it.
 */
final class StateDatabaseFiles {
    static final String KEEP = "; the file is left as it is: fix it, move it away or choose another --state-file";
    private static final Logger LOG = LoggerFactory.getLogger(StateDatabase.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StateDatabaseFiles() {
    }

    /**
     * What {@code file} holds, after creating or importing it if need be: the rows of a state database
     * are read but not checked for consistency (the engine loading them does that); an imported JSON
     * state is checked in full.
     */
    static EngineState prepare(Path file, EngineState initial, StateFile reader) {
        String where = "state file " + file;
        if (Files.notExists(file)) {
            build(file, sibling(file, ".creating"), initial);
            return initial;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw new InvalidStateException(where + ": cannot be read (" + e.getMessage() + ")" + KEEP, e);
        }
        if (head.length == 0) {
            throw new InvalidStateException(where + ": is empty (expected a state database)" + KEEP, null);
        }
        if (head.length >= SQLITE_HEADER.length
                && Arrays.equals(Arrays.copyOf(head, SQLITE_HEADER.length), SQLITE_HEADER)) {
            return load(file, where);
        }
        if (firstNonBlank(head) == '{') {
            return importJson(file, reader, where);
        }
        throw new InvalidStateException(where + ": not a state file (neither a state database nor a JSON state)"
                + KEEP, null);
    }

    /** Loads SQLite's native library on a daemon thread (see {@link StateDatabase#preload}). */
    static void preload() {
        Thread thread = new Thread(() -> {
            try {
                SQLiteJDBCLoader.initialize();
            } catch (Exception | LinkageError e) {
                // Only a head start: opening the file loads it again, and reports what fails.
            }
        }, "expcenter-sqlite-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** A read-write connection to a checked state database, in WAL mode with full syncs. */
    static Connection connect(Path file) throws SQLException {
        Connection db = DriverManager.getConnection(url(file));
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The rows of a state database, read without changing the file (their consistency is not yet checked). */
    private static EngineState load(Path file, String where) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true); // checking must not change the file
        try (Connection db = DriverManager.getConnection(url(file), readOnly.toProperties())) {
            int application = pragma(db, "application_id");
            if (application != StateRows.APPLICATION_ID) {
                throw new InvalidStateException(where + ": an SQLite database of another application (application_id "
                        + String.format("0x%08x", application) + ", expected " + String.format("0x%08x",
                        StateRows.APPLICATION_ID) + ")" + KEEP, null);
            }
            int version = pragma(db, "user_version");
            if (version != StateRows.SCHEMA_VERSION) {
                throw new InvalidStateException(where + ": schema version " + version + " is not supported (this mock "
                        + "reads version " + StateRows.SCHEMA_VERSION + ")" + KEEP, null);
            }
            return StateRows.readAll(db, where);
        } catch (SQLException e) {
            throw new InvalidStateException(where + ": not a readable state database (" + e.getMessage() + ")" + KEEP, e);
        } catch (InvalidStateException e) {
            throw e.getMessage().endsWith(KEEP) ? e : new InvalidStateException(e.getMessage() + KEEP, e);
        }
    }

    private static EngineState importJson(Path file, StateFile reader, String where) {
        byte[] original;
        try {
            original = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidStateException(where + ": cannot be read (" + e.getMessage() + ")" + KEEP, e);
        }
        EngineState state;
        try {
            state = new JsonSnapshot(reader).readEnvelope(original, where);
        } catch (InvalidStateException e) {
            throw new InvalidStateException(e.getMessage() + KEEP, e);
        }
        Path copy = sibling(file, ".json-imported");
        try {
            writeSynced(copy, original);
        } catch (IOException e) {
            throw new StateNotSavedException("Cannot import the JSON " + where + ": cannot write its copy " + copy
                    + " (" + e.getMessage() + ")", e);
        }
        build(file, sibling(file, ".importing"), state);
        LOG.info("Imported the JSON state file {} into a state database; the original JSON is kept in {}", file, copy);
        return state;
    }

    /** Writes a database holding {@code state} at {@code temp}, then renames it over {@code file}. */
    private static void build(Path file, Path temp, EngineState state) {
        try {
            deleteWithJournals(temp);
            try (Connection db = DriverManager.getConnection(url(temp))) {
                try (Statement s = db.createStatement()) {
                    s.execute("PRAGMA synchronous = FULL");
                }
                db.setAutoCommit(false);
                StateRows.createSchema(db);
                StateRows.insertAll(db, state);
                db.commit();
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(file);
        } catch (SQLException | IOException e) {
            try {
                deleteWithJournals(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StateNotSavedException("Cannot create the state file " + file + ": " + e.getMessage(), e);
        }
    }

    private static int pragma(Connection db, String name) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void writeSynced(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        syncDirectory(target);
    }

    private static void syncDirectory(Path file) {
        Path dir = file.getParent();
        if (dir == null) {
            return;
        }
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the rename is still atomic there.
        }
    }

    private static void deleteWithJournals(Path temp) throws IOException {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            Files.deleteIfExists(sibling(temp, suffix));
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static int firstNonBlank(byte[] head) {
        for (byte b : head) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b;
            }
        }
        return -1;
    }
}
