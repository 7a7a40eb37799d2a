package dev.muster.platform.rest;

import dev.muster.platform.errors.MusterException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps domain errors to problem+json using the status their code carries. */
@Provider
public class MusterExceptionMapper implements ExceptionMapper<MusterException> {

    @Override
    public Response toResponse(MusterException e) {
        return Problems.response(e.code(), e.getMessage(), e.fieldErrors(), e.retryAfter());
    }
}
