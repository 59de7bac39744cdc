package org.sourcewise.common;

/**
 * A request refused for a reason the person who made it can act on: a class code that does not exist, a quiz
 * that is not theirs, a field over its limit. The message is written for them, in their words, and is shown to them
 * as it stands; anything else that goes wrong is the app's fault and is never shown. Each feature names its own
 * refusal, so the kind says where it came from.
 */
public abstract class Refusal extends RuntimeException {

    private final String reason;

    protected Refusal(String message) {
        super(message);
        this.reason = message;
    }

    /** The reason, which every refusal gives, unlike an exception in general. */
    @Override
    public String getMessage() {
        return reason;
    }
}
