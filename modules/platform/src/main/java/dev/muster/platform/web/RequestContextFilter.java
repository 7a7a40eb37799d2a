package dev.muster.platform.web;

import dev.muster.platform.security.CallerContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * First filter of every request, console and API alike: records the client address for rate
 * limits and the audit log, and sets the security headers (CSP, frame denial, no-sniff, referrer
 * policy, and HSTS when the request came over HTTPS).
 */
@WebFilter(filterName = "RequestContextFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerContext callers;

    @Inject
    ClientAddresses addresses;

    @Inject
    @ConfigProperty(name = "muster.http.hsts-max-age", defaultValue = "31536000")
    long hstsMaxAge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        callers.clientAddress(addresses.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || addresses.isTrustedProxy(request.getRemoteAddr())
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge + "; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
