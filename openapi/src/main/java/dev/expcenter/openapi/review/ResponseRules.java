package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Direction;
import dev.expcenter.openapi.review.SpecChange.Usage;
import io.swagger.v3.oas.models.headers.Header;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedResponse;

/** The rules for responses: status codes, their headers and their bodies. */
final class ResponseRules {

    private ResponseRules() {}

    static void responses(OperationChanges op, SchemaRules schemas, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        op.judged(responses, responses.getExtensions());
        for (String code : responses.getMissing().keySet()) {
            op.add(success(code) ? Rule.SUCCESS_STATUS_REMOVED : Rule.NON_SUCCESS_STATUS_REMOVED, Direction.RESPONSE,
                    Category.RESPONSE_CODE, code, null, null, Usage.RESPONSE_STATUS, "response " + code + " removed");
        }
        for (String code : responses.getIncreased().keySet()) {
            op.add(success(code) ? Rule.SUCCESS_STATUS_ADDED : Rule.NON_SUCCESS_STATUS_ADDED, Direction.RESPONSE,
                    Category.RESPONSE_CODE, code, null, null, Usage.NONE, "response " + code + " added");
        }
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            ChangedResponse r = e.getValue();
            op.judged(r, r.getDescription(), r.getExtensions());
            ChangeCollector.content(op, schemas, Site.response(e.getKey()), r.getContent());
            headers(op, schemas, e.getKey(), r.getHeaders());
        }
    }

    private static boolean success(String code) {
        return code.startsWith("2");
    }

    private static void headers(OperationChanges op, SchemaRules schemas, String status, ChangedHeaders headers) {
        if (headers == null) {
            return;
        }
        op.judged(headers);
        for (Map.Entry<String, Header> e : headers.getMissing().entrySet()) {
            boolean required = Boolean.TRUE.equals(e.getValue().getRequired());
            op.add(required ? Rule.REQUIRED_HEADER_REMOVED : Rule.OPTIONAL_HEADER_REMOVED, Direction.RESPONSE,
                    Category.RESPONSE_HEADER, status, e.getKey(), null, Usage.RESPONSE_STATUS,
                    "response " + status + " header `" + e.getKey() + "` removed" + (required ? "" : " (it was optional)"));
        }
        for (String name : headers.getIncreased().keySet()) {
            op.add(Rule.HEADER_ADDED, Direction.RESPONSE, Category.RESPONSE_HEADER, status, name, null, Usage.NONE,
                    "response " + status + " header `" + name + "` added");
        }
        for (Map.Entry<String, ChangedHeader> e : headers.getChanged().entrySet()) {
            ChangedHeader h = e.getValue();
            op.judged(h.getDescription(), h.getExamples(), h.getExample(), h.getExtensions());
            if (!h.isStyle() && !h.isExplode()) {
                op.judged(h); // its requiredness is judged here, its schema below; style and explode are not
            }
            Site site = Site.header(status, e.getKey());
            if (h.isRequired()) {
                boolean nowRequired = Boolean.TRUE.equals(h.getNewHeader().getRequired());
                op.at(site, nowRequired ? Rule.HEADER_BECAME_REQUIRED : Rule.HEADER_BECAME_OPTIONAL, Category.RESPONSE_HEADER,
                        "", null, false, nowRequired ? "now always sent (required)" : "no longer always sent (optional)");
            }
            schemas.schema(op, site, "", h.getSchema());
        }
    }
}
