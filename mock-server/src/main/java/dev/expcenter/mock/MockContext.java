package dev.expcenter.mock;

import dev.expcenter.mock.data.DataSet;
import dev.expcenter.mock.session.SessionEngines;

/**
 * What a {@link MockExtension} may use: the configuration, the engines by session and the data
 * set they start from.
 *
 * @param config the mock's configuration (spec file, latency, error rate, ...)
 * @param sessions the engine per {@code X-Mock-Session}; also an {@code EngineSelector}
 * @param data the data set every engine starts from
 */
public record MockContext(MockConfig config, SessionEngines sessions, DataSet data) {
}
