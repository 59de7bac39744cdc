package org.sourcewise.quiz;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.time.Instant;

/** A quiz given to a class; every student of the class may take it. */
@Entity
class QuizAssignment {

    @Embeddable
    record Key(long quizId, long classroomId) {}

    @EmbeddedId
    private Key key;

    private Instant assignedAt;

    protected QuizAssignment() {}

    QuizAssignment(long quizId, long classroomId) {
        this.key = new Key(quizId, classroomId);
        this.assignedAt = Instant.now();
    }

    Key getKey() {
        return key;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }
}
