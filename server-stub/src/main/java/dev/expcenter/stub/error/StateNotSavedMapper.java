package dev.expcenter.stub.error;

import dev.expcenter.stub.data.StateNotSavedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state file did not commit a write (disk full, read-only file, I/O error): the engine undid it,
 * so the answer is 503 {@code state_not_saved} and nothing changed; reads go on being served.
 */
@Provider
public final class StateNotSavedMapper extends ErrorMapper<StateNotSavedException> {
    private static final Logger LOG = LoggerFactory.getLogger(StateNotSavedMapper.class);

    @Override
    public Response toResponse(StateNotSavedException e) {
        LOG.error("{}", e.getMessage());
        return error(ApiError.STATE_NOT_SAVED, ApiError.STATE_NOT_SAVED.template());
    }
}
