package org.sourcewise.live;

import java.time.Instant;

/**
 * What one participant's phone shows. {@code myChoice} is -1 until they answer the current question;
 * {@code rightChoice} is -1 and {@code evidence} empty until the teacher shows the answer, and {@code lastPoints} what
 * that answer earned. {@code rank} is 0 while the teacher hides the leaderboard.
 */
public record SeatScreen(
        long sessionId,
        String nickname,
        boolean removed,
        LivePhase phase,
        LiveQuestion question,
        Instant deadline,
        int myChoice,
        int rightChoice,
        String evidence,
        int lastPoints,
        int points,
        int rank,
        int participants) {}
