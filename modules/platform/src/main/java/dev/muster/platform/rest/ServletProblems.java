package dev.muster.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

/**
 * Answers errors as problem+json where a servlet of its own serves an API path (the heartbeat, see
 * {@code dev.muster.devices.presence.HeartbeatServlet}): the same mapping and the same document as
 * the JAX-RS exception mappers give, written with the same JSON-B defaults as the JAX-RS runtime.
 */
public final class ServletProblems {

    /** JSON-B instances are thread-safe and costly to create: one for all answers. */
    public static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** Writes the problem {@code error} stands for, as {@link UnexpectedExceptionMapper} would answer it. */
    public static void write(HttpServletResponse response, Throwable error) throws IOException {
        Response problem = new UnexpectedExceptionMapper().toResponse(error);
        response.setStatus(problem.getStatus());
        problem.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(Problem.MEDIA_TYPE);
        JSON.toJson(problem.getEntity(), response.getOutputStream());
    }
}
