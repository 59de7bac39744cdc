package org.sourcewise.practice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A line of a student's history: when, what, the score so far, the time spent and the score per skill. */
public record AttemptSummary(long id, String title, Long quizId, Instant startedAt, Instant finishedAt, int right,
                             int answered, int questions, Duration timeSpent, List<SkillScore> skills) {

    public AttemptSummary {
        skills = List.copyOf(skills);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
