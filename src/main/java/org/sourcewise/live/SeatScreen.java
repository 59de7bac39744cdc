package org.sourcewise.live;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one participant's phone shows. {@code myChoice} is -1 until they answer the current question;
 * {@code rightChoice} is -1 and {@code evidence} empty until the teacher shows the answer, and {@code lastPoints} what
 * that answer earned. {@code points} leaves out the open question's until then, since a jump of 1000 would say whether
 * the answer was right while others still choose. {@code rank} is 0 while the teacher hides the leaderboard.
 */
public record SeatScreen(
        long sessionId,
        String nickname,
        boolean removed,
        LivePhase phase,
        @Nullable LiveQuestion question,
        @Nullable Instant deadline,
        int myChoice,
        int rightChoice,
        String evidence,
        int lastPoints,
        int points,
        int rank,
        int participants) {
    /** The question asked, in a phase that asks one (not the lobby, the podium or the end). */
    public LiveQuestion asked() {
        return Objects.requireNonNull(question, "no question is asked in this phase");
    }

    /** When the open question closes; only while it is open. */
    public Instant closesAt() {
        return Objects.requireNonNull(deadline, "only an open question has a deadline");
    }
}
