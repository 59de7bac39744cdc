package org.sourcewise.live.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The seat a browser holds in a live session, kept in its server session and in an HttpOnly cookie: a reload, a lost
 * connection or a second tab finds the same seat through the server session, and when the node serving it dies, the
 * cookie finds it on another node, which reads the seat from the database. The token never appears in a URL that
 * could be shared, and no script on the page can read the cookie.
 */
final class SeatToken {

    private static final String ATTRIBUTE = SeatToken.class.getName();
    static final String COOKIE = "sourcewise-seat";
    /** Longer than any session runs before the idle sweep ends it. */
    private static final Duration KEPT = Duration.ofHours(12);

    private SeatToken() {}

    static @Nullable String current() {
        String kept = (String) VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
        if (kept != null) {
            return kept;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        String fromCookie = cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
        if (fromCookie != null) {
            VaadinSession.getCurrent().setAttribute(ATTRIBUTE, fromCookie);
        }
        return fromCookie;
    }

    static void keep(String token) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, token);
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setPath(contextPath(request));
            cookie.setMaxAge((int) KEPT.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static String contextPath(@Nullable VaadinRequest request) {
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
