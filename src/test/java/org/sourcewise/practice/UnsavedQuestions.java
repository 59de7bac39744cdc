package org.sourcewise.practice;

import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.analysis.Span;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Gift;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionType;

/** Teachers' own questions as the bank hands them to practice, never saved: for the marking and showing tests. */
final class UnsavedQuestions {

    private UnsavedQuestions() {}

    static KeyedQuestion own(String gift) {
        WrittenQuestion written =
                new WrittenQuestion.Gifted(Gift.parse(gift).questions().getFirst());
        return keyed(written, written.format(), List.of(), List.of(), List.of(new Span(3, 9)), "general");
    }

    static KeyedQuestion ordering(String... items) {
        WrittenQuestion written = new WrittenQuestion.Ordering("Put in order", List.of(items), "");
        return keyed(
                written,
                AnswerFormat.ORDERING,
                List.of(items),
                IntStream.range(0, items.length).boxed().toList(),
                List.of(),
                "");
    }

    private static KeyedQuestion keyed(
            WrittenQuestion written,
            AnswerFormat format,
            List<String> choices,
            List<Integer> answer,
            List<Span> evidence,
            String explanation) {
        return new KeyedQuestion(
                1,
                2,
                100_000,
                QuestionType.OWN,
                format,
                written.stem(),
                choices,
                answer,
                evidence,
                explanation,
                Difficulty.MEDIUM,
                null,
                null,
                QuestionStatus.EDITED,
                null,
                true,
                written,
                null,
                null);
    }
}
