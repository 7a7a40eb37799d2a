package dev.muster.console.session;

import dev.muster.platform.errors.MusterException;
import dev.muster.platform.security.Caller;
import dev.muster.platform.security.CallerContext;
import dev.muster.tenants.api.Accounts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.util.UUID;

/**
 * The gate in front of every console page (see {@link ConsoleAccess} for what is public). Without a
 * signed-in user it redirects to the sign-in page, remembering the page asked for; with one it
 * re-checks the account and membership through {@link Accounts#callerFor} and puts the result in the
 * request's {@link CallerContext}, which the API implementations authorize against. When the check
 * fails the session ends. Ajax requests get a Faces partial-response redirect instead of a bare 302.
 *
 * <p>It needs no state from the platform's {@code RequestContextFilter}, which sets the client
 * address, so the two may run in either order; only the security headers on this filter's own
 * redirects depend on that filter having run first.
 */
@WebFilter(filterName = "ConsoleAccessFilter", urlPatterns = "/*")
public class ConsoleAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    CallerContext callers;

    @Inject
    ConsoleSession session;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = pathOf(request);
        if (ConsoleAccess.isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession httpSession = request.getSession(false);
        UUID userId = httpSession == null ? null : session.userId();
        if (userId == null) {
            redirectToSignIn(request, response);
            return;
        }
        Caller caller;
        try {
            caller = accounts.callerFor(userId, session.tenantId(), session.signedInAt());
        } catch (MusterException refused) {
            httpSession.invalidate();
            Servlets.facesRedirect(request, response, request.getContextPath() + ConsoleAccess.SIGN_IN + "?reason=ended");
            return;
        }
        callers.set(caller);
        if (!ConsoleAccess.allows(path, caller)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signIn = request.getContextPath() + ConsoleAccess.SIGN_IN;
        String wanted = "GET".equals(request.getMethod()) ? requestedPage(request) : null;
        if (wanted == null || ConsoleAccess.HOME.equals(wanted) || "/".equals(wanted)) {
            Servlets.facesRedirect(request, response, signIn);
        } else {
            Servlets.facesRedirect(request, response, signIn + "?next=%s", wanted);
        }
    }

    /** The page asked for, relative to the context root, with its query string (still encoded). */
    private static String requestedPage(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? uri : uri + "?" + request.getQueryString();
    }

    private static String pathOf(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }
}
