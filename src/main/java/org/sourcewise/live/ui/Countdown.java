package org.sourcewise.live.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Duration;
import java.time.Instant;

/**
 * Seconds left until a deadline, counted down in the browser: the server sends the deadline once instead of pushing
 * a tick every second to every phone in the room. Server and script both change the words of one text node, made
 * with the page, so that a new question changes its words in place rather than sending a new node to every phone.
 */
final class Countdown extends Span {

    private final Element words = Element.createText("");

    Countdown() {
        addClassName("live-countdown");
        getElement().setAttribute("role", "timer");
        getElement().appendChild(words);
    }

    void start(Instant deadline) {
        long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
        words.setText((left + 999) / 1000 + " s");
        getElement().executeJs("""
                const end = Date.now() + $0;
                const el = this;
                clearInterval(el.countdown);
                el.countdown = setInterval(() => {
                  const s = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  if (el.firstChild) el.firstChild.nodeValue = s + ' s';
                  if (s === 0 || !el.isConnected) clearInterval(el.countdown);
                }, 250);""", left);
    }
}
