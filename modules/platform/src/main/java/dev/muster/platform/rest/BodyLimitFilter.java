package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies above {@code muster.http.max-body-bytes} (default 64 KiB) with 413, both
 * when the length is declared and when a chunked body runs past it.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "muster.http.max-body-bytes", defaultValue = "65536")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        limit(request, maxBytes);
    }

    /** Refuses the request's body once it is longer than {@code limit} bytes, declared or not. */
    static void limit(ContainerRequestContext request, long limit) {
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), limit));
        }
    }

    private static MusterException tooLarge(long limit) {
        return new MusterException(ErrorCode.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + limit + " bytes here");
    }

    private static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long remaining;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge(limit);
                }
            }
            return n;
        }
    }
}
