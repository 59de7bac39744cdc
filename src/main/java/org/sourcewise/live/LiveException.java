package org.sourcewise.live;

import org.sourcewise.common.Refusal;

/** A live-session request refused, with a message fit to show the person who made it. */
public class LiveException extends Refusal {

    public LiveException(String message) {
        super(message);
    }
}
