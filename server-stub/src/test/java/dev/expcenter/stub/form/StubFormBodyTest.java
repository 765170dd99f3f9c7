package dev.expcenter.stub.form;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link FormBodySuite} against the stub. */
class StubFormBodyTest extends FormBodySuite {
    @Override
    protected TargetServer startTarget() {
        return new ApiServer();
    }
}
