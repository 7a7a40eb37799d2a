package dev.muster.platform.web;

import dev.muster.platform.errors.ErrorCode;
import dev.muster.platform.rest.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * The container's error page for every status (see {@code web.xml}). Errors raised before JAX-RS
 * runs (an invalid bearer token refused by MicroProfile JWT, an unknown path) still answer API
 * clients with problem+json; console users get the console's error pages. Never a stack trace.
 */
@WebServlet(name = "ErrorPageServlet", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/error-page";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer code ? code : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (uri == null || !uri.toString().startsWith(request.getContextPath() + "/api/")) {
            String page = switch (status) {
                case 404, 403 -> "/not-found.xhtml";
                default -> "/error.xhtml";
            };
            response.setStatus(status == 403 ? 404 : status);
            request.getRequestDispatcher(page).forward(request, response);
            return;
        }
        ErrorCode code = Arrays.stream(ErrorCode.values()).filter(c -> c.status() == status).findFirst()
                .orElse(ErrorCode.INTERNAL);
        String detail = switch (code) {
            case AUTHENTICATION_REQUIRED -> "The token is missing, not valid or has expired";
            case NOT_FOUND -> "No resource at this address";
            default -> code.title();
        };
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", code.type())
                .add("title", code.title())
                .add("status", status)
                .add("detail", detail)
                .add("code", code.name())
                .add("errors", Json.createArrayBuilder());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }
}
