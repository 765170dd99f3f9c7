package dev.expcenter.stub.form;

import dev.expcenter.mock.reliability.MockTarget;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link FormBodySuite} against the mock: forms checked against the served spec, then the stub's reader. */
class MockFormBodyTest extends FormBodySuite {
    @Override
    protected TargetServer startTarget() {
        return new MockTarget();
    }
}
