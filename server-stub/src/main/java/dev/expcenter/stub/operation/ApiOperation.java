package dev.expcenter.stub.operation;

import java.util.List;

/**
 * The spec operation a request calls, as the spec the server runs with declares it (the stub: the
 * packaged spec; the mock: the spec it serves). Found once per request by {@link OperationFilter}.
 */
public interface ApiOperation {
    /** The spec's operationId. */
    String operationId();

    /** The scopes of which a token needs any one (the operation's OAuth2 {@code security}); empty when none. */
    List<String> requiredScopes();

    /** Whether the spec declares the operation with {@code security: []}: no token needed. */
    boolean isPublic();
}
