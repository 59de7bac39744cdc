package org.sourcewise.bank;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.Span;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionType;

/**
 * A stored question with its answer key, as teachers review it. For a generated question {@code answer} holds the
 * index of the right choice or, for an ordering question, the choices' indexes from first to last; an own question
 * has its key in {@code written} (null for generated ones), and its {@code choices} are empty unless it is an
 * ordering. {@code evidence} offsets count characters of the article's cleaned text. {@code check} says what a
 * teacher should check before students meet a generated question (null: nothing), {@code reachesStudents}
 * whether they may meet it now. {@code authorId} is the teacher who wrote an own question (null for generated
 * ones, a quiz file's, and own ones older than authors), {@code decidedBy} whoever last decided on it; both
 * account ids.
 */
public record KeyedQuestion(
        long id,
        long articleId,
        int position,
        QuestionType type,
        AnswerFormat format,
        String stem,
        List<String> choices,
        List<Integer> answer,
        List<Span> evidence,
        String explanation,
        Difficulty difficulty,
        @Nullable String speakerName,
        @Nullable String statementContent,
        QuestionStatus status,
        @Nullable ReviewCheck check,
        boolean reachesStudents,
        @Nullable WrittenQuestion written,
        @Nullable Long authorId,
        @Nullable Long decidedBy) {

    public boolean own() {
        return type == QuestionType.OWN;
    }

    /**
     * A generated question no teacher has accepted, which its article does not let through either: no student meets
     * it, not even through a quiz made while it did reach them or before it went back to review.
     */
    public boolean awaitsReview() {
        return status == QuestionStatus.GENERATED && !reachesStudents;
    }
}
