package org.sourcewise.gift;

import java.util.List;
import java.util.Optional;

/** What a question asks for, decided by its answer block the way Moodle decides it. */
public sealed interface QuestionKind {

    /** {@code {=right ~wrong ~%50%half right}}: the student picks one choice. */
    record MultipleChoice(List<Choice> choices) implements QuestionKind {

        public MultipleChoice {
            choices = List.copyOf(choices);
            if (choices.size() < 2) {
                throw new IllegalArgumentException("a multiple-choice question needs at least two choices");
            }
            if (!Marks.anyFull(choices, Choice::weight)) {
                throw new IllegalArgumentException("a multiple-choice question needs a choice worth 100%");
            }
        }
    }

    /** {@code {~%50%one ~%50%other ~%-100%wrong}}: no {@code =}, so the student may tick several choices. */
    record MultipleAnswers(List<Choice> choices) implements QuestionKind {

        public MultipleAnswers {
            choices = List.copyOf(choices);
            if (choices.size() < 2) {
                throw new IllegalArgumentException("a multiple-answers question needs at least two choices");
            }
            if (!Marks.isFull(Marks.positiveTotal(choices, Choice::weight))) {
                throw new IllegalArgumentException(
                        "the positive weights of a multiple-answers question must add up to 100%");
            }
        }
    }

    /** {@code {T}} or {@code {F}}, with {@code #feedback when wrong#feedback when right}. */
    record TrueFalse(boolean answer, Optional<String> feedbackWhenWrong, Optional<String> feedbackWhenRight)
            implements QuestionKind {

        public TrueFalse {
            feedbackWhenWrong = Require.optionalText(feedbackWhenWrong, "feedback for a wrong answer");
            feedbackWhenRight = Require.optionalText(feedbackWhenRight, "feedback for a right answer");
        }

        public static TrueFalse of(boolean answer) {
            return new TrueFalse(answer, Optional.empty(), Optional.empty());
        }
    }

    /** {@code {=four =4}}: the student types an answer, compared with every accepted one. */
    record ShortAnswer(List<Choice> answers) implements QuestionKind {

        public ShortAnswer {
            answers = List.copyOf(answers);
            if (!Marks.anyFull(answers, Choice::weight)) {
                throw new IllegalArgumentException("a short-answer question needs an answer worth 100%");
            }
            // A block of = answers holding -> anywhere reads as a matching question, and GIFT has no escape for ->.
            for (Choice answer : answers) {
                if (answer.text().contains("->") || answer.feedback().orElse("").contains("->")) {
                    throw new IllegalArgumentException(
                            "a short answer and its feedback cannot contain ->: " + answer.text());
                }
            }
        }
    }

    /** {@code {=cat -> cat food =dog -> dog food}}. */
    record Matching(List<MatchPair> pairs) implements QuestionKind {

        public Matching {
            pairs = List.copyOf(pairs);
            if (pairs.stream().filter(pair -> !pair.isDistractor()).count() < 2) {
                throw new IllegalArgumentException("a matching question needs at least two pairs");
            }
        }
    }

    /** {@code {#3.14:0.01}}, {@code {#1..5}} or several weighted numbers {@code {# =1822 =%50%1822:2}}. */
    record Numeric(List<NumericAnswer> answers) implements QuestionKind {

        public Numeric {
            answers = List.copyOf(answers);
            if (!Marks.anyFull(answers, NumericAnswer::weight)) {
                throw new IllegalArgumentException("a numeric question needs an answer worth 100%");
            }
        }
    }

    /** {@code {}}: a free-text answer that a teacher marks. */
    record Essay() implements QuestionKind {}

    /** No answer block: text shown between questions, which asks nothing. */
    record Description() implements QuestionKind {}
}
