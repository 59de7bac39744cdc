package org.sourcewise.practice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One student's go at a quiz, or at free practice on an article; its questions are fixed when it starts. */
@Entity
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long studentId;
    private @Nullable Long quizId;
    private @Nullable Long articleId;
    private String title;
    private Instant startedAt;
    private @Nullable Instant finishedAt;
    private boolean live;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "attempt_question", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    protected Attempt() {}

    private Attempt(
            long studentId, @Nullable Long quizId, @Nullable Long articleId, String title, List<Long> questionIds) {
        this.studentId = studentId;
        this.quizId = quizId;
        this.articleId = articleId;
        this.title = title;
        this.startedAt = Instant.now();
        this.questionIds.addAll(questionIds);
    }

    static Attempt ofQuiz(long studentId, long quizId, String title, List<Long> questionIds) {
        return new Attempt(studentId, quizId, null, title, questionIds);
    }

    /** An attempt whose answers a live session gives, at the teacher's pace. */
    static Attempt ofLive(long studentId, long quizId, String title, List<Long> questionIds) {
        Attempt attempt = new Attempt(studentId, quizId, null, title, questionIds);
        attempt.live = true;
        return attempt;
    }

    static Attempt ofPractice(long studentId, long articleId, String title, List<Long> questionIds) {
        return new Attempt(studentId, null, articleId, title, questionIds);
    }

    void finish(Instant at) {
        if (finishedAt == null) {
            finishedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getStudentId() {
        return studentId;
    }

    @Nullable
    Long getQuizId() {
        return quizId;
    }

    @Nullable
    Long getArticleId() {
        return articleId;
    }

    String getTitle() {
        return title;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    @Nullable
    Instant getFinishedAt() {
        return finishedAt;
    }

    boolean isLive() {
        return live;
    }

    List<Long> getQuestionIds() {
        return List.copyOf(questionIds);
    }
}
