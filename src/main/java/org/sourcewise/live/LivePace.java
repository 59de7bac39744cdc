package org.sourcewise.live;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a live session stands: its phase, the question asked ({@code current}, an index among those played, -1
 * before the first), when that question opened and closes, and how the scores are shown. {@code version} orders the
 * changes (the stored row's version), so that a node that hears of two changes out of order keeps the newer one.
 * The database holds the authoritative copy; the steps here are computed on it under its row lock.
 */
record LivePace(
        long version,
        LivePhase phase,
        int current,
        @Nullable Instant openedAt,
        @Nullable Instant deadline,
        LeaderboardMode leaderboard) {

    static LivePace lobby() {
        return new LivePace(0, LivePhase.LOBBY, -1, null, null, LeaderboardMode.SHOWN);
    }

    /** The next step: the lobby or a leaderboard opens the next question, and so on to the podium. */
    LivePace next(int questionCount, Duration timeLimit, Instant now) {
        return switch (phase) {
            case LOBBY -> open(0, timeLimit, now);
            case OPEN -> with(LivePhase.CLOSED);
            case CLOSED -> with(LivePhase.ANSWER);
            case ANSWER -> with(LivePhase.LEADERBOARD);
            case LEADERBOARD ->
                current + 1 < questionCount ? open(current + 1, timeLimit, now) : with(LivePhase.PODIUM);
            case PODIUM, ENDED -> throw new LiveException("This live session has ended.");
        };
    }

    boolean isOpen(int question) {
        return phase == LivePhase.OPEN && current == question;
    }

    boolean joinable() {
        return phase != LivePhase.PODIUM && phase != LivePhase.ENDED;
    }

    /** Whether a question is on the screens: from its opening to its scores, not in the lobby or after the last. */
    boolean asking() {
        return current >= 0 && joinable();
    }

    LivePace with(LivePhase next) {
        return new LivePace(version, next, current, openedAt, deadline, leaderboard);
    }

    LivePace showing(LeaderboardMode mode) {
        return new LivePace(version, phase, current, openedAt, deadline, mode);
    }

    LivePace numbered(long newVersion) {
        return new LivePace(newVersion, phase, current, openedAt, deadline, leaderboard);
    }

    private LivePace open(int question, Duration timeLimit, Instant now) {
        return new LivePace(version, LivePhase.OPEN, question, now, now.plus(timeLimit), leaderboard);
    }
}
