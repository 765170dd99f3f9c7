package dev.expcenter.stub.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.IdKind;
import dev.expcenter.stub.mapping.ExperimentMapping;
import dev.expcenter.stub.mapping.FlagMapping;
import dev.expcenter.stub.mapping.SegmentMapping;
import dev.expcenter.stub.mapping.VariationMapping;
import dev.expcenter.stub.model.Experiment;
import dev.expcenter.stub.model.FeatureFlag;
import dev.expcenter.stub.model.Segment;
import dev.expcenter.stub.model.Variation;
import dev.expcenter.stub.server.JsonMapperProvider;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The database's schema and rows: one table per kind, {@code (seq INTEGER PRIMARY KEY, id TEXT NOT NULL
 * UNIQUE, body TEXT NOT NULL)}, {@code body} the entity's wire JSON, creation order the {@code seq} order.
 */
final class StateRows {
    /** {@code PRAGMA application_id} of a state database: "EXC1". */
    static final int APPLICATION_ID = 0x45584331;
    /** {@code PRAGMA user_version}: the schema version. */
    static final int SCHEMA_VERSION = 1;
    /** Kinds in the order a state lists them (and a replacement inserts them). */
    static final List<IdKind> KINDS = List.of(IdKind.FEATURE_FLAG, IdKind.VARIATION, IdKind.SEGMENT, IdKind.EXPERIMENT);

    private static final ObjectMapper JSON = JsonMapperProvider.mapper();
    private static final ObjectMapper ROWS = JsonMapperProvider.mapper().copy().registerModule(Rfc3339DateTimes.module());
    private static final ObjectReader FLAGS = ROWS.readerFor(FeatureFlag.class);
    private static final ObjectReader VARIATIONS = ROWS.readerFor(Variation.class);
    private static final ObjectReader SEGMENTS = ROWS.readerFor(Segment.class);
    private static final ObjectReader EXPERIMENTS = ROWS.readerFor(Experiment.class);

    private StateRows() {
    }

    static String table(IdKind kind) {
        return switch (kind) {
            case FEATURE_FLAG -> "feature_flags";
            case VARIATION -> "variations";
            case SEGMENT -> "segments";
            case EXPERIMENT -> "experiments";
        };
    }

    static String upsertSql(IdKind kind) {
        return "INSERT INTO " + table(kind) + " (id, body) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET body = excluded.body";
    }

    static String deleteSql(IdKind kind) {
        return "DELETE FROM " + table(kind) + " WHERE id = ?";
    }

    /** Creates the tables and stamps the file as a state database of this schema version. */
    static void createSchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            for (IdKind kind : KINDS) {
                s.execute("CREATE TABLE " + table(kind)
                        + " (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)");
            }
        }
    }

    /** Inserts the whole of {@code state}, kind by kind in creation order (batched); the caller commits. */
    static void insertAll(Connection db, EngineState state) throws SQLException {
        insert(db, IdKind.FEATURE_FLAG, state.featureFlags(), f -> f.id());
        insert(db, IdKind.VARIATION, state.variations(), v -> v.id());
        insert(db, IdKind.SEGMENT, state.segments(), s -> s.id());
        insert(db, IdKind.EXPERIMENT, state.experiments(), e -> e.id());
    }

    private static <T> void insert(Connection db, IdKind kind, List<T> entities, Function<T, String> id)
            throws SQLException {
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table(kind) + " (id, body) VALUES (?, ?)")) {
            for (T entity : entities) {
                insert.setString(1, id.apply(entity));
                insert.setString(2, body(kind, entity));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The wire JSON of an engine entity of {@code kind}. */
    static String body(IdKind kind, Object entity) {
        Object dto = switch (kind) {
            case FEATURE_FLAG -> FlagMapping.toDto((dev.expcenter.engine.FeatureFlag) entity);
            case VARIATION -> VariationMapping.toDto((dev.expcenter.engine.Variation) entity);
            case SEGMENT -> SegmentMapping.toDto((dev.expcenter.engine.Segment) entity);
            case EXPERIMENT -> ExperimentMapping.toDto((dev.expcenter.engine.Experiment) entity);
        };
        try {
            return JSON.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + table(kind) + " row as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads every row, in creation order, as engine records; what makes a row unreadable (broken JSON, a
     * missing value, another id in its body) fails naming it. Whether the rows make a consistent state is
     * for the engine that loads them to say.
     */
    static EngineState readAll(Connection db, String where) throws SQLException {
        return new EngineState(
                readTable(db, IdKind.FEATURE_FLAG, FLAGS, FeatureFlag::getId, FlagMapping::fromDto, where),
                readTable(db, IdKind.VARIATION, VARIATIONS, Variation::getId, VariationMapping::fromDto, where),
                readTable(db, IdKind.SEGMENT, SEGMENTS, Segment::getId, SegmentMapping::fromDto, where),
                readTable(db, IdKind.EXPERIMENT, EXPERIMENTS, Experiment::getId, ExperimentMapping::fromDto, where));
    }

    private static <T, R> List<R> readTable(Connection db, IdKind kind, ObjectReader reader, Function<T, String> idOf,
                                            Function<T, R> toEngine, String where) throws SQLException {
        // Parsing is most of a start-up's work: a worker parses the rows read so far while more are read,
        // then both cores share the rest (an ObjectReader is thread-safe).
        Pipelined<Row, R> rows = new Pipelined<>(row -> parse(reader, idOf, toEngine, row.body, row.id,
                where + ": " + table(kind) + " row " + row.seq + " (id " + row.id + ")"));
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT seq, id, body FROM " + table(kind) + " ORDER BY seq")) {
            while (rs.next()) {
                // The body as the UTF-8 stored: Jackson reads it without a String in between.
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
            }
        }
        return rows.finish();
    }

    private record Row(long seq, String id, byte[] body) {
    }

    private static <T, R> R parse(ObjectReader reader, Function<T, String> idOf, Function<T, R> toEngine, byte[] body,
                                  String id, String row) {
        T value;
        try {
            value = body == null ? null : reader.readValue(body);
        } catch (JsonProcessingException e) {
            throw new InvalidStateException(row + ": not readable JSON ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) { // not thrown for bytes in memory
            throw new InvalidStateException(row + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (value == null) {
            throw new InvalidStateException(row + ": has no body", null);
        }
        if (!Objects.equals(id, idOf.apply(value))) {
            throw new InvalidStateException(row + ": its body has id " + idOf.apply(value), null);
        }
        try {
            return toEngine.apply(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidStateException(row + ": " + e.getMessage(), e);
        }
    }
}
