package dev.muster.devices.presence;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.errors.MusterException;
import dev.muster.platform.rest.ServletProblems;
import dev.muster.platform.security.ApiAuthentication;
import dev.muster.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serial;
import java.util.Locale;

/**
 * {@code POST /api/v1/device/heartbeat}: the hottest request of the server, served by a servlet of its
 * own rather than by the JAX-RS runtime, whose per-request machinery (routing, filters and
 * interceptors, resource injection, the provider chains) cost a heartbeat about a third of its CPU.
 * It keeps the JAX-RS contract: the same authentication ({@link ApiAuthentication}), the same
 * problem+json answers ({@link ServletProblems}), JSON-B with the same defaults, and the order in which
 * JAX-RS refuses a request (405 and 415 before 401, 413 before the body is read). The OpenAPI
 * document describes it from {@code META-INF/openapi.yaml}.
 */
@WebServlet(name = "HeartbeatServlet", urlPatterns = HeartbeatServlet.PATH)
public class HeartbeatServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String PATH = "/api/v1/device/heartbeat";
    /** A heartbeat is small; anything bigger is refused before it is read. */
    static final int MAX_BYTES = 4_096;
    private static final String JSON = "application/json";

    @Inject
    transient ApiAuthentication authentication;

    @Inject
    transient CallerContext callers;

    @Inject
    transient Heartbeats heartbeats;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (!"POST".equals(request.getMethod())) {
                response.setHeader("Allow", "POST");
                throw new MusterException(ErrorCode.METHOD_NOT_ALLOWED, "Send heartbeats with POST");
            }
            if (!isJson(request.getContentType())) {
                throw new MusterException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
            }
            if (request.getContentLengthLong() > MAX_BYTES) {
                throw tooLarge();
            }
            authentication.authenticate(request.getHeader(ApiAuthentication.API_KEY_HEADER), request.getHeader("Authorization"))
                    .ifPresent(callers::set);
            HeartbeatAnswer answer = heartbeats.beat(read(request));
            response.setContentType(JSON);
            ServletProblems.JSON.toJson(answer, response.getOutputStream());
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                ServletProblems.write(response, e);
            }
        }
    }

    /** The heartbeat in the body, null for an empty one (every field is optional). */
    private static Heartbeat read(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (body.length == 0) {
            return null;
        }
        try {
            return ServletProblems.JSON.fromJson(new ByteArrayInputStream(body), Heartbeat.class);
        } catch (JsonbException | JsonException e) {
            throw new MusterException(ErrorCode.MALFORMED_REQUEST, "The request body is not valid JSON of the expected shape");
        }
    }

    /** No content type (taken as JSON, as JAX-RS does), or JSON with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        return type.equals(JSON);
    }

    private static MusterException tooLarge() {
        return new MusterException(ErrorCode.PAYLOAD_TOO_LARGE, "Request bodies are limited to " + MAX_BYTES + " bytes here");
    }
}
