package org.sourcewise.live;

/** Limits that forms show before the service enforces them. */
public final class LiveLimits {

    /** Long enough for a first name and an initial, short enough to fit a podium on a projector. */
    public static final int NICKNAME = 20;

    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 120;
    public static final int DEFAULT_SECONDS = 20;

    private LiveLimits() {}
}
