package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;

/** Builds problem+json responses; the only way the REST layer answers an error. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ErrorCode code, String detail, List<FieldError> errors, Duration retryAfter) {
        Response.ResponseBuilder builder = Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, errors));
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
        }
        return builder.build();
    }

    public static Response response(ErrorCode code, String detail) {
        return response(code, detail, List.of(), null);
    }
}
