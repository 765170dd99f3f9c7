package dev.expcenter.stub.reliability;

import dev.expcenter.stub.testsupport.ApiServer;
import dev.expcenter.stub.testsupport.TargetServer;

/** {@link MutatedBodyPropertiesSuite} against the stub. */
class MutatedBodyPropertiesTest extends MutatedBodyPropertiesSuite {
    @Override
    protected TargetServer startTarget() {
        return new ApiServer();
    }
}
