package org.sourcewise.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A line of a student's history: when, what, the score so far, the time spent and the score per skill. In an
 * unfinished attempt at a quiz that gives feedback at the end, the score is {@code withheld}: right is 0 and there
 * are no skill scores, since they would tell which answers were right. A {@code live} attempt takes its answers
 * from a live session only, so it is never resumed.
 */
public record AttemptSummary(
        long id,
        String title,
        @Nullable Long quizId,
        Instant startedAt,
        @Nullable Instant finishedAt,
        int right,
        int answered,
        int questions,
        Duration timeSpent,
        List<SkillScore> skills,
        boolean withheld,
        boolean live) {

    public AttemptSummary {
        skills = List.copyOf(skills);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
