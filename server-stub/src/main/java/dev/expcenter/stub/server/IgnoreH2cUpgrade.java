package dev.expcenter.stub.server;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Serves {@code Upgrade: h2c} requests (sent by {@code java.net.http.HttpClient} by default) as
 * plain HTTP/1.1. Without HTTP/2 installed, Grizzly leaves such a request's body unframed and
 * the read blocks until it times out (glassfish-grizzly#1972, jersey#6059).
 */
public final class IgnoreH2cUpgrade extends BaseFilter implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        builder.add(codec + 1, this);
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            if (header.isRequest() && "h2c".equalsIgnoreCase(header.getUpgrade())) {
                header.setIgnoreContentModifiers(false);
                header.setUpgrade(null);
            }
        }
        return ctx.getInvokeAction();
    }
}
