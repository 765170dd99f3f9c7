package dev.expcenter.stub.server;

import dev.expcenter.stub.error.PayloadTooLargeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bodies over the limit get 413: at once when {@code Content-Length} says so, and while reading
 * for chunked bodies, whose stream fails as soon as it passes the limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 400)
final class BodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long length = contentLength(request);
        if (length > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        // Not hasEntity(): it reads ahead, and blocks on a body-less request that asks for an upgrade.
        if (length >= 0 || request.getHeaderString("Transfer-Encoding") != null) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    private static long contentLength(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static final class BoundedInputStream extends FilterInputStream {
        private final long maxBytes;
        private long count;

        BoundedInputStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void count(long n) {
            count += n;
            if (count > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
        }
    }
}
