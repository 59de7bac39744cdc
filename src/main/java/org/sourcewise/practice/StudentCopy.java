package org.sourcewise.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.MatchPair;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.questions.AnswerFormat;

/**
 * A question as a student meets it: its choices, items and order, without anything that tells the key. Choices a
 * teacher wrote, and an ordering's items, are shuffled by a seed, so the same attempt always shows them alike.
 */
final class StudentCopy {

    private StudentCopy() {}

    /** The question as the student meets it; {@code seed} fixes the order of shuffled choices for one attempt. */
    static PlayerQuestion of(KeyedQuestion question, int position, long seed, @Nullable Marking marking) {
        List<String> choices = question.choices();
        List<Integer> shown = identity(choices.size());
        List<String> items = List.of();
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            switch (gifted.question().kind()) {
                case QuestionKind.MultipleChoice kind -> choices = texts(kind.choices());
                case QuestionKind.MultipleAnswers kind -> choices = texts(kind.choices());
                case QuestionKind.TrueFalse ignored -> choices = List.of("True", "False");
                case QuestionKind.Matching kind -> {
                    items = kind.pairs().stream()
                            .filter(pair -> !pair.isDistractor())
                            .map(MatchPair::item)
                            .toList();
                    choices = matches(kind);
                }
                default -> choices = List.of();
            }
            shown = identity(choices.size());
            if (question.format() == AnswerFormat.ONE_CHOICE || question.format() == AnswerFormat.SEVERAL_CHOICES) {
                shown = shuffled(choices.size(), seed);
            }
        } else if (question.written() instanceof WrittenQuestion.Ordering) {
            // Stored in the right order, so the student must never see that order first.
            shown = shuffled(choices.size(), seed);
        }
        return new PlayerQuestion(
                position,
                question.articleId(),
                question.type(),
                question.format(),
                question.stem(),
                choices,
                shown,
                items,
                marking,
                true);
    }

    private static List<String> texts(List<Choice> choices) {
        return choices.stream().map(Choice::text).toList();
    }

    /** Every distinct match, alphabetically, so that their order gives nothing away. */
    private static List<String> matches(QuestionKind.Matching kind) {
        return kind.pairs().stream()
                .map(MatchPair::match)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    private static List<Integer> identity(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static List<Integer> shuffled(int n, long seed) {
        List<Integer> order = new ArrayList<>(identity(n));
        Collections.shuffle(order, new Random(seed));
        if (n > 1 && order.equals(identity(n))) {
            Collections.rotate(order, 1);
        }
        return List.copyOf(order);
    }
}
