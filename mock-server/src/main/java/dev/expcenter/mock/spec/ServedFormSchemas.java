package dev.expcenter.mock.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.expcenter.stub.form.FormSchemas;
import java.util.Optional;

/**
 * The form schemas of the spec the mock serves, for the stub's form reader: the same trees the
 * request validation converts with, so a reload with {@code --spec} retypes forms at once. Read when
 * the body is read; a reload landing between a request's validation and its read is not worth a
 * request-scoped lookup (both trees come from specs the mock accepted).
 */
final class ServedFormSchemas implements FormSchemas {
    private final SpecSource source;

    ServedFormSchemas(SpecSource source) {
        this.source = source;
    }

    @Override
    public Optional<JsonNode> requestBody(String operationId) {
        return source.current().operations().byId(operationId).flatMap(op -> op.rules().formBodySchema());
    }
}
