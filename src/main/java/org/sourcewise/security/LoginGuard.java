package org.sourcewise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.security.ui.TriedName;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's POST /login, ahead of Spring Security's sign-in. Vaadin's login form cannot carry
 * a CSRF token, so the request must come from one of the app's own pages (its Origin, or failing that its Referer):
 * another site could otherwise sign a victim into the attacker's account. And a name or address that has guessed wrong too
 * often waits, growing longer, before it may try again ({@link SignInThrottle}).
 */
class LoginGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginGuard.class);

    private final SignInThrottle throttle;

    LoginGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!fromOwnPage(request)) {
            log.warn(
                    "Refused a sign-in from {} sent by another site (Origin {}, Referer {})",
                    request.getRemoteAddr(),
                    request.getHeader("Origin"),
                    request.getHeader("Referer"));
            // Not sendError: the error page it forwards to would answer with a redirect to the sign-in page.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in from Sourcewise's own sign-in page.\n");
            return;
        }
        Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            log.warn(
                    "Refused a sign-in as \"{}\" from {}: too many wrong passwords, {} s to wait",
                    request.getParameter("username"),
                    request.getRemoteAddr(),
                    wait.get().toSeconds() + 1);
            TriedName.keep(request);
            response.sendRedirect(
                    request.getContextPath() + "/login?wait=" + (wait.get().toSeconds() + 1));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromOwnPage(HttpServletRequest request) {
        String own = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort());
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equals(own);
        }
        String referer = request.getHeader("Referer");
        return referer != null && (referer.equals(own) || referer.startsWith(own + "/"));
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return request.getServerPort() == ("https".equals(request.getScheme()) ? 443 : 80);
    }
}
