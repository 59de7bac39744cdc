package org.sourcewise.bank;

import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.NumericTarget;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.questions.AnswerFormat;

/**
 * A question's choices with the key marked, for teachers' lists and the questions' CSV, whatever its format: the
 * choices of a choice question (a right one marked, with its weight when it gives part marks), an ordering's items
 * in the right order, true or false, the answers a short-answer or numeric question accepts, a matching's pairs.
 */
public final class AnswerKey {

    /** One line of the key: a choice, or an accepted answer; {@code right} when it earns marks. */
    public record Line(String text, boolean right) {}

    private AnswerKey() {}

    public static List<Line> of(KeyedQuestion question) {
        if (question.format() == AnswerFormat.ORDERING) {
            return IntStream.range(0, question.answer().size())
                    .mapToObj(at -> new Line(
                            (at + 1) + ". "
                                    + question.choices().get(question.answer().get(at)),
                            true))
                    .toList();
        }
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            return of(gifted.question().kind());
        }
        return IntStream.range(0, question.choices().size())
                .mapToObj(i ->
                        new Line(question.choices().get(i), question.answer().contains(i)))
                .toList();
    }

    /** The lines that earn marks, joined for one cell or one sentence. */
    public static String right(KeyedQuestion question) {
        return String.join(
                "; ", of(question).stream().filter(Line::right).map(Line::text).toList());
    }

    private static List<Line> of(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.MultipleChoice choice -> weighted(choice.choices());
            case QuestionKind.MultipleAnswers answers -> weighted(answers.choices());
            case QuestionKind.TrueFalse trueFalse ->
                List.of(new Line("True", trueFalse.answer()), new Line("False", !trueFalse.answer()));
            case QuestionKind.ShortAnswer shortAnswer ->
                weighted(shortAnswer.answers()).stream().filter(Line::right).toList();
            case QuestionKind.Matching matching ->
                matching.pairs().stream()
                        .filter(pair -> !pair.isDistractor())
                        .map(pair -> new Line(pair.item() + " \u2192 " + pair.match(), true))
                        .toList();
            case QuestionKind.Numeric numeric ->
                numeric.answers().stream()
                        .filter(answer -> answer.weight() > 0)
                        .map(answer -> new Line(number(answer.target()) + part(answer.weight()), true))
                        .toList();
            case QuestionKind.Essay ignored -> List.of();
            case QuestionKind.Description ignored -> List.of();
        };
    }

    private static List<Line> weighted(List<Choice> choices) {
        return choices.stream()
                .map(c -> new Line(c.text() + (c.weight() > 0 ? part(c.weight()) : ""), c.weight() > 0))
                .toList();
    }

    /** A weight short of full marks is said, so that a half-right choice is not read as the key. */
    private static String part(double weight) {
        return weight >= 99.5 ? "" : " (" + Math.round(weight) + " %)";
    }

    private static String number(NumericTarget target) {
        return switch (target) {
            case NumericTarget.Approximately a ->
                a.tolerance() == 0 ? plain(a.value()) : plain(a.value()) + " \u00b1 " + plain(a.tolerance());
            case NumericTarget.Between b -> plain(b.min()) + " to " + plain(b.max());
        };
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
