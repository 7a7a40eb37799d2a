package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.FieldError;
import dev.muster.platform.errors.MusterException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.List;

/** Builds problem+json responses; the only way the REST layer answers an error. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ErrorCode code, String detail, List<FieldError> errors, Duration retryAfter) {
        // the standard reason phrase: without it the HTTP listener writes "CUSTOM" for 428 and 429
        Response.Status known = Response.Status.fromStatusCode(code.status());
        Response.ResponseBuilder builder = (known == null ? Response.status(code.status())
                : Response.status(code.status(), known.getReasonPhrase()))
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(code, detail, errors));
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, MusterException.seconds(retryAfter));
        }
        return builder.build();
    }

    public static Response response(ErrorCode code, String detail) {
        return response(code, detail, List.of(), null);
    }
}
