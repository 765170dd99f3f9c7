package dev.expcenter.stub.testsupport;

import java.net.URI;

/**
 * A server the reliability suites run against over HTTP: the API root, a full export of its state as
 * JSON (compared before and after a request to prove nothing changed), a reset between runs.
 * The suites ({@code BadInputSuite}, {@code MutatedBodyPropertiesSuite}, {@code ConcurrencyStressSuite})
 * are abstract; a thin subclass per target starts one: {@link ApiServer} for the stub here, a
 * {@code MockTarget} in the mock-server module (through this module's test-jar).
 */
public interface TargetServer extends AutoCloseable {

    /** The API root, e.g. {@code http://127.0.0.1:41234/api/v2}. */
    URI apiRoot();

    /** The whole state as JSON, in a stable order, so that two exports of one state are equal text. */
    String snapshotJson();

    /** Forgets everything: an empty tenant. */
    void reset();

    @Override
    void close();
}
