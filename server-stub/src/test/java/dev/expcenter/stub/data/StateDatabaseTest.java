package dev.expcenter.stub.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.expcenter.engine.Allocation;
import dev.expcenter.engine.AllocationStrategy;
import dev.expcenter.engine.Change;
import dev.expcenter.engine.EngineState;
import dev.expcenter.engine.Experiment;
import dev.expcenter.engine.ExperimentCenter;
import dev.expcenter.engine.FeatureFlag;
import dev.expcenter.engine.FlagParameter;
import dev.expcenter.engine.FlagPatch;
import dev.expcenter.engine.IdKind;
import dev.expcenter.engine.NewExperiment;
import dev.expcenter.engine.NewFlag;
import dev.expcenter.engine.NewSegment;
import dev.expcenter.engine.NewVariation;
import dev.expcenter.engine.Segment;
import dev.expcenter.engine.SegmentRule;
import dev.expcenter.engine.Variation;
import dev.expcenter.stub.server.ApiResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state database: created, reopened, written through, imported from JSON, and refusing what it is not. */
class StateDatabaseTest {
    private final StateFile reader = ApiResources.stateFile();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.db");
    }

    /** An engine holding two flags, two variations, a segment and an experiment. */
    private static ExperimentCenter engine(String tag) {
        ExperimentCenter engine = ExperimentCenter.create();
        Map<String, FlagParameter> parameters = new LinkedHashMap<>();
        parameters.put("color", new FlagParameter("string", "blue", "Button colour"));
        parameters.put("show_prompt", new FlagParameter("boolean", false, null));
        FeatureFlag flag = engine.createFlag(new NewFlag("Checkout button " + tag, "A flag", parameters));
        Variation red = engine.createVariation(flag.id(), new NewVariation("red", null, Map.of("color", "red")));
        Variation green = engine.createVariation(flag.id(), new NewVariation("green", "Green", Map.of("color", "green")));
        segment(engine, "France " + tag);
        engine.createExperiment(new NewExperiment("Checkout test " + tag, "desc", flag.id(), "pre_authentication",
                AllocationStrategy.PERCENTAGE, "device",
                List.of(Allocation.weighted(red.id(), 50, true), Allocation.weighted(green.id(), 50, false))));
        engine.createFlag(new NewFlag("Second " + tag, null, parameters));
        return engine;
    }

    private static Segment segment(ExperimentCenter engine, String name) {
        return engine.createSegment(new NewSegment(name, null,
                List.of(new SegmentRule(Map.of("country", List.of("FR")), null))));
    }

    private EngineState reopened() {
        try (StateDatabase db = StateDatabase.open(file(), EngineState.empty(), reader)) {
            return db.state();
        }
    }

    @Test
    void aNewFileShouldHoldTheInitialStateAfterReopening() throws IOException {
        EngineState state = engine("a").snapshot();

        try (StateDatabase db = StateDatabase.open(file(), state, reader)) {
            assertThat(db.state()).isEqualTo(state);
            assertThat(db.file()).isEqualTo(file().toAbsolutePath());
        }

        assertThat(new String(Files.readAllBytes(file()), 0, 16, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0");
        assertThat(reopened()).isEqualTo(state);
        assertThat(state.featureFlags()).hasSize(2);
    }

    @Test
    void aNewFileShouldNeverExistHalfMade() throws IOException {
        Files.writeString(dir.resolve("state.db.creating"), "left by a crash");

        StateDatabase.open(file(), engine("a").snapshot(), reader).close();

        assertThat(dir.resolve("state.db.creating")).doesNotExist();
        assertThat(file()).exists();
        Path nowhere = dir.resolve("missing-dir").resolve("state.db");
        assertThatThrownBy(() -> StateDatabase.open(nowhere, EngineState.empty(), reader))
                .isInstanceOf(StateNotSavedException.class)
                .hasMessageContaining(nowhere.toString());
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void committedPutsUpdatesAndRemovesShouldBeThereAfterReopening() {
        ExperimentCenter engine = engine("a");
        FeatureFlag flag = engine.snapshot().featureFlags().get(0);
        Experiment draft = engine.snapshot().experiments().get(0);
        try (StateDatabase db = StateDatabase.open(file(), engine.snapshot(), reader)) {
            FeatureFlag renamed = engine.updateFlag(flag.id(), new FlagPatch("Renamed", null, null));
            Segment added = segment(engine, "Spain");
            engine.deleteExperiment(draft.id());
            db.committed(List.of(new Change(IdKind.FEATURE_FLAG, flag.id(), renamed)));
            db.committed(List.of(new Change(IdKind.SEGMENT, added.id(), added),
                    new Change(IdKind.EXPERIMENT, draft.id(), null)));
        }

        EngineState saved = reopened();

        assertThat(saved).isEqualTo(engine.snapshot());
        assertThat(saved.featureFlags().get(0).name()).isEqualTo("Renamed");
        assertThat(saved.experiments()).isEmpty();
        assertThat(saved.segments()).hasSize(2);
    }

    @Test
    void aReplacedStateShouldBeThereAfterReopening() {
        EngineState other = engine("b").snapshot();
        try (StateDatabase db = StateDatabase.open(file(), engine("a").snapshot(), reader)) {
            db.replaced(other);
        }

        assertThat(reopened()).isEqualTo(other);
    }

    @Test
    void aJsonStateFileShouldBeImportedOnceKeepingTheOriginal() throws IOException {
        EngineState state = engine("a").snapshot();
        byte[] original = new JsonSnapshot(reader).write(state);
        Files.write(file(), original);

        try (StateDatabase db = StateDatabase.open(file(), EngineState.empty(), reader)) {
            assertThat(db.state()).isEqualTo(state);
        }

        assertThat(new String(Files.readAllBytes(file()), 0, 6, StandardCharsets.US_ASCII)).isEqualTo("SQLite");
        assertThat(dir.resolve("state.db.json-imported")).hasBinaryContent(original);
        assertThat(dir.resolve("state.db.importing")).doesNotExist();
        assertThat(reopened()).isEqualTo(state);
    }

    @Test
    void aForeignSqliteDatabaseShouldBeRefusedUntouched() throws Exception {
        sql("jdbc:sqlite:" + file(), "PRAGMA application_id = 123", "CREATE TABLE experiments (x)");

        assertRefusedUntouched("another application");
    }

    @Test
    void anotherSchemaVersionShouldBeRefusedUntouched() throws Exception {
        StateDatabase.open(file(), engine("a").snapshot(), reader).close();
        sql("jdbc:sqlite:" + file(), "PRAGMA user_version = 2");

        assertRefusedUntouched("schema version 2 is not supported");
    }

    @Test
    void aRowWithBrokenJsonShouldBeRefusedUntouched() throws Exception {
        StateDatabase.open(file(), engine("a").snapshot(), reader).close();
        sql("jdbc:sqlite:" + file(), "UPDATE experiments SET body = '{\"id\": broken' WHERE seq = 1");

        assertRefusedUntouched("experiments row 1");
    }

    @Test
    void aRowMissingARequiredValueShouldBeRefusedUntouched() throws Exception {
        StateDatabase.open(file(), engine("a").snapshot(), reader).close();
        sql("jdbc:sqlite:" + file(), "UPDATE experiments SET body = json_remove(body, '$.name') WHERE seq = 1");

        assertRefusedUntouched("name");
    }

    @Test
    void anInconsistentStateShouldBeRefusedUntouched() throws Exception {
        StateDatabase.open(file(), engine("a").snapshot(), reader).close();
        sql("jdbc:sqlite:" + file(), "DELETE FROM feature_flags");

        assertRefusedUntouched("state file " + file().toAbsolutePath());
    }

    @Test
    void aCorruptDatabaseShouldBeRefusedUntouched() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
        Files.write(file(), bytes);

        assertRefusedUntouched("not a readable state database");
    }

    @Test
    void randomBytesAnEmptyFileAndBadJsonShouldBeRefusedUntouched() throws Exception {
        byte[] bytes = new byte[1000];
        new Random(3).nextBytes(bytes);
        bytes[0] = 'x';
        Files.write(file(), bytes);
        assertRefusedUntouched("not a state file");

        Files.write(file(), new byte[0]);
        assertRefusedUntouched("is empty");

        Files.writeString(file(), "  {\"format\": \"expcenter-mock-state\", \"version\": 1, \"state\": {]");
        assertRefusedUntouched("not readable JSON");

        Files.writeString(file(), "{\"format\": \"other\", \"version\": 1, \"state\": {}}");
        assertRefusedUntouched("format is \"other\"");
    }

    @Test
    void aFullDiskShouldRefuseTheWriteAndKeepTheLastCommittedState() throws Exception {
        ExperimentCenter engine = engine("a");
        StateDatabase.open(file(), engine.snapshot(), reader).close();
        FeatureFlag flag = engine.snapshot().featureFlags().get(0);
        FeatureFlag renamed = engine.updateFlag(flag.id(), new FlagPatch("Renamed", null, null));
        List<Change> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Segment s = segment(engine, "Segment " + i);
            many.add(new Change(IdKind.SEGMENT, s.id(), s));
        }
        System.setProperty(StateDatabase.MAX_PAGES, Long.toString(pageCount()));
        try (StateDatabase db = StateDatabase.open(file(), EngineState.empty(), reader)) {
            db.committed(List.of(new Change(IdKind.FEATURE_FLAG, flag.id(), renamed)));
            assertThatThrownBy(() -> db.committed(many))
                    .isInstanceOf(StateNotSavedException.class)
                    .hasMessageContaining(file().toAbsolutePath().toString())
                    .hasMessageContaining("SQLITE_FULL");
        } finally {
            System.clearProperty(StateDatabase.MAX_PAGES);
        }

        EngineState saved = reopened();
        assertThat(saved.featureFlags().get(0)).isEqualTo(renamed);
        assertThat(saved.segments()).hasSize(1);
    }

    @Test
    void jsonSnapshotShouldReadABareDocumentOrAnEnvelope() {
        EngineState state = engine("a").snapshot();
        JsonSnapshot json = new JsonSnapshot(reader);
        byte[] envelope = json.write(state);
        byte[] bare = bare(state);

        assertThat(json.read(new ByteArrayInputStream(envelope), "envelope")).isEqualTo(state);
        assertThat(json.read(new ByteArrayInputStream(bare), "bare")).isEqualTo(state);
        String text = new String(envelope, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> json.read(text.replace(JsonSnapshot.FORMAT, "other").getBytes(StandardCharsets.UTF_8), "src"))
                .isInstanceOf(InvalidStateException.class).hasMessageStartingWith("src: ").hasMessageContaining("format");
        assertThatThrownBy(() -> json.read(text.replace("\"version\":1", "\"version\":2").getBytes(StandardCharsets.UTF_8),
                "src")).isInstanceOf(InvalidStateException.class).hasMessageStartingWith("src: version 2");
    }

    private static byte[] bare(EngineState state) {
        try {
            return dev.expcenter.stub.server.JsonMapperProvider.mapper().writeValueAsBytes(StateDocument.of(state));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefusedUntouched(String reason) throws IOException {
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> StateDatabase.open(file(), EngineState.empty(), reader))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining(file().toAbsolutePath().toString())
                .hasMessageContaining(reason)
                .hasMessageEndingWith("choose another --state-file");

        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).as("the file is unchanged").isTrue();
        assertThat(dir.resolve("state.db.json-imported")).doesNotExist();
    }

    private long pageCount() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
