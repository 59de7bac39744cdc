package org.sourcewise.live;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A live session as stored: the authoritative copy of its pace, what it plays, and enough to list it and find its
 * results after it ends. Its version numbers each change of pace ({@link LivePace#version()}).
 */
@Entity
@Table(name = "live_session")
class LiveSessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String joinCode;
    private long quizId;
    private long classroomId;
    private long teacherId;
    private String title;
    private int secondsPerQuestion;
    private Instant startedAt;
    private @Nullable Instant endedAt;
    /** Null for sessions stored before the count was kept. */
    private Integer questionCount;

    @Enumerated(EnumType.STRING)
    private LivePhase phase = LivePhase.LOBBY;

    private int currentQuestion;
    private @Nullable Instant openedAt;
    private @Nullable Instant deadline;

    @Enumerated(EnumType.STRING)
    private LeaderboardMode leaderboard = LeaderboardMode.SHOWN;

    private @Nullable Instant changedAt;
    /** The played questions as JSON ({@link PlayedQuestions}); empty for sessions stored before it was kept. */
    private @Nullable String played;

    private int skipped;
    private boolean countsInReports;

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
            String played,
            int questionCount,
            int skipped,
            boolean countsInReports,
            Instant now) {
        this.joinCode = joinCode;
        this.quizId = quizId;
        this.classroomId = classroomId;
        this.teacherId = teacherId;
        this.title = title;
        this.secondsPerQuestion = secondsPerQuestion;
        this.played = played;
        this.questionCount = questionCount;
        this.skipped = skipped;
        this.countsInReports = countsInReports;
        this.startedAt = now;
        this.changedAt = now;
    }

    LivePace pace() {
        return new LivePace(version, phase, currentQuestion, openedAt, deadline, leaderboard);
    }

    /** Takes the pace's phase, question, times and scores setting; the version is the row's to keep. */
    void pace(LivePace pace) {
        phase = pace.phase();
        currentQuestion = pace.current();
        openedAt = pace.openedAt();
        deadline = pace.deadline();
        leaderboard = pace.leaderboard();
    }

    void touch(Instant now) {
        changedAt = now;
    }

    void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
        pace(pace().with(LivePhase.ENDED));
        changedAt = at;
    }

    Long getId() {
        return id;
    }

    String getJoinCode() {
        return joinCode;
    }

    long getQuizId() {
        return quizId;
    }

    long getClassroomId() {
        return classroomId;
    }

    long getTeacherId() {
        return teacherId;
    }

    String getTitle() {
        return title;
    }

    Duration timeLimit() {
        return Duration.ofSeconds(secondsPerQuestion);
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

    @Nullable
    String getPlayed() {
        return played;
    }

    int getSkipped() {
        return skipped;
    }

    boolean countsInReports() {
        return countsInReports;
    }

    @Nullable
    Instant getChangedAt() {
        return changedAt;
    }
}
