package org.sourcewise.live;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the teacher's projector shows. {@code question} is null in the lobby and at the end, {@code reveal} until the
 * question closes, {@code deadline} unless a question is open. {@code skipped} counts the quiz's questions that cannot
 * be played live (ordering questions).
 */
public record HostScreen(
        long sessionId,
        String title,
        String joinCode,
        LivePhase phase,
        int questionCount,
        int skipped,
        @Nullable LiveQuestion question,
        @Nullable Instant deadline,
        int answered,
        @Nullable Reveal reveal,
        List<Standing> standings,
        LeaderboardMode leaderboard,
        List<Standing> participants) {

    public HostScreen {
        standings = List.copyOf(standings);
        participants = List.copyOf(participants);
    }

    public boolean lastQuestion() {
        return question != null && question.number() == questionCount;
    }

    /** The question asked, in a phase that asks one (not the lobby, the podium or the end). */
    public LiveQuestion asked() {
        return Objects.requireNonNull(question, "no question is asked in this phase");
    }

    /** When the open question closes; only while it is open. */
    public Instant closesAt() {
        return Objects.requireNonNull(deadline, "only an open question has a deadline");
    }

    /** The answers counted, once the question is closed. */
    public Reveal revealed() {
        return Objects.requireNonNull(reveal, "answers are counted only once the question closes");
    }
}
