package dev.expcenter.stub.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Where the schema that types a form body comes from: the request body schema of an operation in
 * the spec the server runs with (the stub: the packaged spec, {@link SpecFormSchemas#packaged()}; the
 * mock: the spec it serves, reloaded with {@code --spec}).
 */
@FunctionalInterface
public interface FormSchemas {
    /**
     * The form request body schema of the operation (its JSON one where the spec declares no form
     * content), as a tree whose {@code $ref}s point into itself; empty for an unknown operation.
     */
    Optional<JsonNode> requestBody(String operationId);
}
