package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcewise.gift.QuestionKind.Description;
import org.sourcewise.gift.QuestionKind.Essay;
import org.sourcewise.gift.QuestionKind.Matching;
import org.sourcewise.gift.QuestionKind.MultipleAnswers;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.Numeric;
import org.sourcewise.gift.QuestionKind.ShortAnswer;
import org.sourcewise.gift.QuestionKind.TrueFalse;

/**
 * Writes an answer block the way Moodle's exporter lays it out: one answer per tab-indented line, so that a
 * line never starts with {@code //} and turns into a comment. Single-answer blocks stay on the question's line.
 */
final class AnswerBlockWriter {

    private AnswerBlockWriter() {}

    /** The block from { to }, or nothing for a description. */
    static String write(QuestionKind kind, Optional<String> generalFeedback) {
        return switch (kind) {
            case Description ignored -> "";
            case Essay ignored -> inline("", generalFeedback);
            case TrueFalse trueFalse -> inline(trueFalse(trueFalse), generalFeedback);
            case MultipleChoice choice -> lines("", multipleChoice(choice.choices()), generalFeedback);
            case MultipleAnswers answers ->
                lines(
                        "",
                        answers.choices().stream().map(c -> weighted('~', c, 0)).toList(),
                        generalFeedback);
            case ShortAnswer answers ->
                lines(
                        "",
                        answers.answers().stream()
                                .map(c -> weighted('=', c, 100))
                                .toList(),
                        generalFeedback);
            case Matching matching ->
                lines(
                        "",
                        matching.pairs().stream()
                                .map(pair -> "=" + Escapes.escape(pair.item()) + " -> " + Escapes.escape(pair.match()))
                                .toList(),
                        generalFeedback);
            case Numeric numeric -> numeric(numeric.answers(), generalFeedback);
        };
    }

    private static String trueFalse(TrueFalse question) {
        StringBuilder block = new StringBuilder(question.answer() ? "T" : "F");
        if (question.feedbackWhenWrong().isPresent()
                || question.feedbackWhenRight().isPresent()) {
            block.append('#')
                    .append(question.feedbackWhenWrong().map(Escapes::escape).orElse(""));
        }
        question.feedbackWhenRight().ifPresent(feedback -> block.append('#').append(Escapes.escape(feedback)));
        return block.toString();
    }

    /**
     * A choice worth 100% is written {@code =}; but a block with no {@code ~} would read back as short answer,
     * so when every choice is fully right the last one keeps its weight in {@code ~%100%} form.
     */
    private static List<String> multipleChoice(List<Choice> choices) {
        boolean allRight = choices.stream().allMatch(choice -> choice.weight() == 100);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            boolean right = choice.weight() == 100 && !(allRight && i == choices.size() - 1);
            lines.add(right ? weighted('=', choice, 100) : weighted('~', choice, 0));
        }
        return lines;
    }

    /** The weight is left out when it is the marker's own; a text starting with % needs it, or the % would read as a weight. */
    private static String weighted(char marker, Choice choice, double implied) {
        boolean explicit = choice.weight() != implied || choice.text().startsWith("%");
        return marker
                + (explicit ? "%" + Numbers.format(choice.weight()) + "%" : "")
                + Escapes.escape(choice.text())
                + feedback(choice.feedback());
    }

    private static String numeric(List<NumericAnswer> answers, Optional<String> generalFeedback) {
        if (answers.size() == 1 && answers.getFirst().weight() == 100) {
            NumericAnswer only = answers.getFirst();
            return inline("#" + target(only.target()) + feedback(only.feedback()), generalFeedback);
        }
        return lines(
                "#",
                answers.stream()
                        .map(answer -> "=" + (answer.weight() == 100 ? "" : "%" + Numbers.format(answer.weight()) + "%")
                                + target(answer.target()) + feedback(answer.feedback()))
                        .toList(),
                generalFeedback);
    }

    private static String target(NumericTarget target) {
        return switch (target) {
            case NumericTarget.Approximately exact when exact.tolerance() == 0 -> Numbers.format(exact.value());
            case NumericTarget.Approximately near ->
                Numbers.format(near.value()) + ":" + Numbers.format(near.tolerance());
            case NumericTarget.Between range -> Numbers.format(range.min()) + ".." + Numbers.format(range.max());
        };
    }

    private static String feedback(Optional<String> feedback) {
        return feedback.map(text -> " #" + Escapes.escape(text)).orElse("");
    }

    private static String inline(String answers, Optional<String> generalFeedback) {
        return "{" + answers
                + generalFeedback.map(text -> "####" + Escapes.escape(text)).orElse("") + "}";
    }

    private static String lines(String opening, List<String> answers, Optional<String> generalFeedback) {
        StringBuilder block = new StringBuilder("{").append(opening).append('\n');
        answers.forEach(answer -> block.append('\t').append(answer).append('\n'));
        generalFeedback.ifPresent(
                text -> block.append("\t####").append(Escapes.escape(text)).append('\n'));
        return block.append('}').toString();
    }
}
