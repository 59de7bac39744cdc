package org.sourcewise.live.ui;

import com.vaadin.flow.server.VaadinSession;

/**
 * The seat a browser holds in a live session, kept in its server session: a reload, a lost connection or a second
 * tab finds the same seat, and the token never appears in a URL that could be shared.
 */
final class SeatToken {

    private static final String ATTRIBUTE = SeatToken.class.getName();

    private SeatToken() {}

    static String current() {
        return (String) VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
    }

    static void keep(String token) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, token);
    }
}
