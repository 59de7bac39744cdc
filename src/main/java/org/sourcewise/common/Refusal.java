package org.sourcewise.common;

/**
 * A request refused for a reason the person who made it can act on: a class code that does not exist, a quiz
 * that is not theirs, a field over its limit. The message is written for them, in their words, and is shown to them
 * as it stands; anything else that goes wrong is the app's fault and is never shown. Each feature names its own
 * refusal, so the kind says where it came from.
 */
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }
}
