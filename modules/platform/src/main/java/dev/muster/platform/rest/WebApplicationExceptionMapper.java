package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;

/**
 * Errors the JAX-RS runtime raises itself (unknown path, wrong method, wrong media type, unreadable
 * body) answered as problem+json instead of the container's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ErrorCode code = Arrays.stream(ErrorCode.values())
                .filter(c -> c.status() == status)
                .findFirst()
                .orElse(status >= 500 ? ErrorCode.INTERNAL : ErrorCode.MALFORMED_REQUEST);
        if (status == 400) {
            code = ErrorCode.MALFORMED_REQUEST;
        }
        Response problem = Problems.response(code, detailFor(code));
        if (status == 405 && e.getResponse().getAllowedMethods() != null) {
            return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
        }
        return problem;
    }

    private static String detailFor(ErrorCode code) {
        return switch (code) {
            case MALFORMED_REQUEST -> "The request body is not valid JSON of the expected shape";
            case NOT_FOUND -> "No resource at this address";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            default -> code.title();
        };
    }
}
