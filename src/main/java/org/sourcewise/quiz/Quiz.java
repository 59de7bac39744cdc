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

/** A teacher's quiz: bank questions in the order students meet them. */
@Entity
class Quiz {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private long teacherId;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "quiz_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id")
    private List<Long> questionIds = new ArrayList<>();

    protected Quiz() {
    }

    Quiz(String title, long teacherId, List<Long> questionIds) {
        this.title = title;
        this.teacherId = teacherId;
        this.createdAt = Instant.now();
        this.questionIds.addAll(questionIds);
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    long getTeacherId() {
        return teacherId;
    }

    List<Long> getQuestionIds() {
        return List.copyOf(questionIds);
    }
}
