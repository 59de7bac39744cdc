package org.sourcewise.quiz;

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

/** A quiz: bank questions from any articles in the order students meet them, and how it is played. */
@Entity
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    /** Null for a quiz loaded from a file, which belongs to no teacher. */
    private @Nullable Long teacherId;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant createdAt;

    private boolean shuffle;
    private boolean allAtOnce;
    private boolean feedbackAtEnd;
    private @Nullable Integer attemptsAllowed;
    private @Nullable Instant dueAt;
    private @Nullable String sourceFile;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    protected Quiz() {}

    // change() sets the title and the settings
    @SuppressWarnings("NullAway.Init")
    Quiz(@Nullable Long teacherId, QuizDraft draft) {
        this.teacherId = teacherId;
        this.createdAt = Instant.now();
        change(draft);
    }

    static Quiz fromFile(String sourceFile, QuizDraft draft) {
        Quiz quiz = new Quiz(null, draft);
        quiz.sourceFile = sourceFile;
        return quiz;
    }

    void change(QuizDraft draft) {
        title = draft.title();
        questionIds.clear();
        questionIds.addAll(draft.questionIds());
        QuizSettings settings = draft.settings();
        shuffle = settings.shuffle();
        allAtOnce = settings.allAtOnce();
        feedbackAtEnd = settings.feedbackAtEnd();
        attemptsAllowed = settings.attemptsAllowed();
        dueAt = settings.dueAt();
    }

    QuizSettings settings() {
        return new QuizSettings(shuffle, allAtOnce, feedbackAtEnd, attemptsAllowed, dueAt);
    }

    QuizDraft draft() {
        return new QuizDraft(title, questionIds, settings());
    }

    QuizSummary summary() {
        return new QuizSummary(id, title, questionIds.size(), sourceFile, settings());
    }

    /** A teacher may assign, copy and export their own quizzes and those from files. */
    boolean usableBy(long teacherId) {
        return sourceFile != null || Long.valueOf(teacherId).equals(this.teacherId);
    }

    boolean ownedBy(long teacherId) {
        return Long.valueOf(teacherId).equals(this.teacherId);
    }

    @Nullable
    String getSourceFile() {
        return sourceFile;
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    List<Long> getQuestionIds() {
        return List.copyOf(questionIds);
    }
}
