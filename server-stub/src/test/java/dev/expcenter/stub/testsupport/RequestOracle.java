package dev.expcenter.stub.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;

/**
 * An independent judge of request bodies: Atlassian's swagger-request-validator reading the packaged spec,
 * not the servers' own validation (the stub's bean validation, the mock's networknt schema check). The
 * property tests ask it whether a body is valid per the spec's schema and then require the matching
 * answer from the server.
 */
public final class RequestOracle {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(SpecCheckedClient.specText())
            .withBasePathOverride("/api/v2")
            .build();

    private RequestOracle() {
    }

    /**
     * What the spec's request body schema finds wrong with a JSON {@code body} sent to {@code method path}
     * (a path under the API root, with real ids): the messages about the body only (paths, parameters and
     * security are not judged). Empty when the body is valid.
     */
    public static List<String> bodyProblems(String method, String path, String body) {
        SimpleRequest request = new SimpleRequest.Builder(method, "/api/v2" + path)
                .withContentType("application/json")
                .withAuthorization("Bearer dev-token")
                .withBody(body)
                .build();
        ValidationReport report = VALIDATOR.validateRequest(request);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> m.getKey().startsWith("validation.request.body"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
