package dev.expcenter.stub.reliability;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link ConcurrencyStressSuite} against the stub. */
class ConcurrencyStressTest extends ConcurrencyStressSuite {
    @Override
    protected TargetServer startTarget() {
        return new ApiServer();
    }
}
