package org.sourcewise.live;

/** A live-session request refused, with a message fit to show the person who made it. */
public class LiveException extends RuntimeException {

    public LiveException(String message) {
        super(message);
    }
}
