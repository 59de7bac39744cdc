package org.sourcewise.live;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A live session as stored: enough to list it and find its results after it ends or the server restarts. */
@Entity
@Table(name = "live_session")
class LiveSessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private String joinCode;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private long quizId;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private long classroomId;

    private long teacherId;
    private String title;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private int secondsPerQuestion;

    private Instant startedAt;
    private @Nullable Instant endedAt;
    /** Null for sessions stored before the count was kept. */
    private Integer questionCount;

    @Version
    private long version;

    protected LiveSessionRecord() {}

    LiveSessionRecord(
            String joinCode,
            long quizId,
            long classroomId,
            long teacherId,
            String title,
            int secondsPerQuestion,
            int questionCount) {
        this.joinCode = joinCode;
        this.quizId = quizId;
        this.classroomId = classroomId;
        this.teacherId = teacherId;
        this.title = title;
        this.secondsPerQuestion = secondsPerQuestion;
        this.questionCount = questionCount;
        this.startedAt = Instant.now();
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getTeacherId() {
        return teacherId;
    }

    String getTitle() {
        return title;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable
    Instant getEndedAt() {
        return endedAt;
    }

    Integer getQuestionCount() {
        return questionCount;
    }
}
