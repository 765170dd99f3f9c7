package dev.expcenter.stub.testsupport;

import java.net.URI;

/**
 * A server the reliability suites run against over HTTP: the API root, a full export of its state as
 * JSON (compared before and after a request to prove nothing changed), a reset between runs.
 * {@link #start()} is the one factory the suites call.
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

    /**
     * Starts the server the suites target. Today the stub ({@link ApiServer}); when the mock server
     * lands, this is the one line to change (a {@code MockTarget} in the mock-server module's tests
     * starting it on 127.0.0.1:0, exporting and resetting through its admin API), or to choose by a
     * system property.
     */
    static TargetServer start() {
        return new ApiServer();
    }
}
