package dev.expcenter.stub.reliability;

import dev.expcenter.mock.reliability.MockTarget;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link BadInputSuite} against the mock (its spec-driven validation in front of the stub's engine). */
class MockBadInputTest extends BadInputSuite {
    @Override
    protected TargetServer startTarget() {
        return new MockTarget();
    }
}
