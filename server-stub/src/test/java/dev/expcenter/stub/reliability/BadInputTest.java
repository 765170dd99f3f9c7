package dev.expcenter.stub.reliability;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link BadInputSuite} against the stub. */
class BadInputTest extends BadInputSuite {
    @Override
    protected TargetServer startTarget() {
        return new ApiServer();
    }
}
