package dev.muster.platform.rest;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: anything unexpected is logged with an incident id and answered with that id
 * only, never a stack trace, class name or SQL. Wrapped domain and validation errors (an EJB or
 * transaction layer may wrap them) are unwrapped and answered as themselves.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MusterException muster) {
                return new MusterExceptionMapper().toResponse(muster);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return new ConstraintViolationMapper().toResponse(violations);
            }
            if (cause instanceof JsonbException) {
                return Problems.response(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape");
            }
            if (cause instanceof jakarta.ws.rs.WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problems.response(ErrorCode.INTERNAL, "Unexpected error; incident " + incident + " is in the server log");
    }
}
