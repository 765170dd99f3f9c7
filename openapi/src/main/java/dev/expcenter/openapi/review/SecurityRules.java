package dev.expcenter.openapi.review;

import dev.expcenter.openapi.review.SpecChange.Category;
import dev.expcenter.openapi.review.SpecChange.Usage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.model.ChangedOperation;

/**
 * The rules for an operation's security. Scopes are what a token must carry, whatever the scheme is
 * called: a renamed scheme with the same scopes sends the same {@code Authorization} header, so it is
 * reported apart, as compatible. A scope added refuses the tokens clients hold (403); one removed does not.
 */
final class SecurityRules {

    private SecurityRules() {}

    static void security(OperationChanges op, ChangedOperation changed, OpenAPI oldApi, OpenAPI newApi) {
        op.judgedAll(changed.getSecurityRequirements()); // openapi-diff calls a renamed scheme incompatible
        List<SecurityRequirement> oldReqs = requirements(changed.getOldOperation(), oldApi);
        List<SecurityRequirement> newReqs = requirements(changed.getNewOperation(), newApi);
        Set<String> before = scopes(oldReqs);
        Set<String> after = scopes(newReqs);
        String change = "required scopes changed from " + SchemaRules.values(before) + " to " + SchemaRules.values(after);
        for (String scope : after) {
            if (!before.contains(scope)) {
                op.request(Rule.SECURITY_SCOPE_ADDED, Category.SECURITY, scope, Usage.OPERATION,
                        "scope `" + scope + "` now required: " + change + " (tokens with the old scopes now get 403)");
            }
        }
        for (String scope : before) {
            if (!after.contains(scope)) {
                op.request(Rule.SECURITY_SCOPE_REMOVED, Category.SECURITY, scope, Usage.NONE,
                        "scope `" + scope + "` no longer required: " + change);
            }
        }
        Set<String> oldSchemes = schemes(oldReqs);
        Set<String> newSchemes = schemes(newReqs);
        if (!oldSchemes.equals(newSchemes)) {
            op.request(Rule.SECURITY_SCHEMES_CHANGED, Category.SECURITY, null, Usage.NONE,
                    "security schemes changed from " + SchemaRules.values(oldSchemes) + " to "
                            + SchemaRules.values(newSchemes) + " (the same bearer token on the wire; generated "
                            + "clients configure the new scheme names)");
        }
    }

    private static List<SecurityRequirement> requirements(Operation o, OpenAPI api) {
        List<SecurityRequirement> reqs = o != null && o.getSecurity() != null ? o.getSecurity() : api.getSecurity();
        return reqs == null ? List.of() : reqs;
    }

    private static Set<String> scopes(List<SecurityRequirement> reqs) {
        Set<String> out = new TreeSet<>();
        reqs.forEach(r -> r.values().forEach(scopes -> {
            if (scopes != null) {
                out.addAll(scopes);
            }
        }));
        return out;
    }

    private static Set<String> schemes(List<SecurityRequirement> reqs) {
        Set<String> out = new TreeSet<>();
        reqs.forEach(r -> out.addAll(r.keySet()));
        return out;
    }
}
