package org.sourcewise.security.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in name typed in a sign-in that failed, kept for the sign-in page to fill in again so that only the
 * password needs typing anew. It is kept in the session, not in the page's address, where it would stay in the
 * browser's history and the server's access log.
 */
public final class TriedName {

    /** The session attribute the sign-in page reads it from, once. */
    static final String SESSION_ATTRIBUTE = TriedName.class.getName();

    /** Longer than any sign-in name, so that what was typed comes back whole, yet no way to fill a session. */
    private static final int KEPT_LENGTH = 100;

    private TriedName() {}

    /**
     * Keeps the name of a sign-in about to be sent back to the sign-in page, in the session the sign-in page opened;
     * a try sent from no page of the app (a script guessing passwords) is given no session by it.
     */
    public static void keep(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String typed = request.getParameter("username");
        if (session != null && typed != null && !typed.isBlank()) {
            String kept = typed.strip();
            session.setAttribute(
                    SESSION_ATTRIBUTE, kept.length() > KEPT_LENGTH ? kept.substring(0, KEPT_LENGTH) : kept);
        }
    }
}
