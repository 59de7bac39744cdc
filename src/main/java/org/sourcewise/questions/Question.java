package org.sourcewise.questions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Statement;

/**
 * One generated question. {@code answer} holds the index of the right choice, or for {@link QuestionType#TIME_ORDER}
 * the indexes of the choices from earliest to latest. {@code evidence} lists the sentences a reader needs, as
 * offsets into the article's text; {@code statement} is the statement the question came from, null for a question
 * about several.
 */
public record Question(
        QuestionType type,
        String stem,
        List<String> choices,
        List<Integer> answer,
        List<Span> evidence,
        String explanation,
        Difficulty difficulty,
        @Nullable Statement statement) {

    public Question {
        choices = List.copyOf(choices);
        answer = List.copyOf(answer);
        evidence = List.copyOf(evidence);
    }
}
