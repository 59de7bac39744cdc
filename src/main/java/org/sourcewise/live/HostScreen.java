package org.sourcewise.live;

import java.time.Instant;
import java.util.List;

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
        LiveQuestion question,
        Instant deadline,
        int answered,
        Reveal reveal,
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
}
