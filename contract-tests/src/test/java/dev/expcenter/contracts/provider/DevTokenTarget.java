package dev.expcenter.contracts.provider;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.provider.junit5.HttpTestTarget;
import java.net.URI;
import java.util.Map;
import kotlin.Pair;
import org.apache.hc.core5.http.HttpRequest;

/**
 * An HTTP target that signs requests with a dev-mode token, unless the interaction is about the
 * token: one that carries its own {@code Authorization} (e.g. a read-only JWT expecting 403) or
 * that expects a 401 (no token, or a bad one) is replayed exactly as recorded.
 */
final class DevTokenTarget extends HttpTestTarget {
    /** Opaque, so dev mode grants every scope. */
    static final String DEV_TOKEN = "contract-verification-dev-token";

    DevTokenTarget(URI base) {
        super(base.getHost(), base.getPort(), "/");
    }

    @Override
    public Pair<Object, Object> prepareRequest(Pact pact, Interaction interaction, Map<String, Object> context) {
        Pair<Object, Object> prepared = super.prepareRequest(pact, interaction, context);
        if (needsToken(interaction) && prepared.getFirst() instanceof HttpRequest request) {
            request.setHeader("Authorization", "Bearer " + DEV_TOKEN);
        }
        return prepared;
    }

    static boolean needsToken(Interaction interaction) {
        if (!(interaction instanceof SynchronousRequestResponse exchange)) {
            return false;
        }
        boolean ownToken = exchange.getRequest().getHeaders().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase("Authorization"));
        return !ownToken && exchange.getResponse().getStatus() != 401;
    }
}
