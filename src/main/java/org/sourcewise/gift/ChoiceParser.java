package org.sourcewise.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the answer blocks made of worded answers: multiple choice, multiple answers and short answer. */
final class ChoiceParser {

    private ChoiceParser() {}

    /** A block with a {@code ~}: one choice to pick when some answer is marked {@code =}, several to tick otherwise. */
    static Optional<QuestionKind> choices(SourceText body, Position open, Problems problems) {
        int before = problems.count();
        List<RawAnswer> answers = answers(body, "=~", problems);
        boolean single = answers.stream().anyMatch(answer -> answer.piece().marker() == '=');
        for (RawAnswer answer : answers) {
            boolean right = answer.piece().marker() == '=';
            if (right && answer.weight().isPresent() && answer.weight().getAsDouble() != 100) {
                problems.report(
                        answer.piece().at(),
                        "an answer marked = is always fully right; for partial credit write ~%50% before the answer instead");
            }
        }
        if (problems.count() > before || !fewAndDistinct(answers, open, problems)) {
            return Optional.empty();
        }
        if (answers.size() < 2) {
            problems.report(open, "a multiple-choice question needs at least two answers");
            return Optional.empty();
        }
        List<Choice> choices = new ArrayList<>();
        for (RawAnswer answer : answers) {
            double weight =
                    answer.piece().marker() == '=' ? 100 : answer.weight().orElse(0);
            choices.add(new Choice(answer.text().unescaped(), weight, answer.feedback()));
        }
        if (single) {
            return Optional.of(new QuestionKind.MultipleChoice(choices));
        }
        double total = Marks.positiveTotal(choices, Choice::weight);
        if (total == 0) {
            problems.report(
                    open,
                    "none of the answers is marked right: mark the right answer with =,"
                            + " or give each right answer a positive weight such as ~%50%");
            return Optional.empty();
        }
        if (!Marks.isFull(total)) {
            problems.report(
                    open,
                    "the weights of the right answers add up to " + Numbers.format(total) + "%, not 100%,"
                            + " so a student who ticks all of them would not get full marks");
            return Optional.empty();
        }
        return Optional.of(new QuestionKind.MultipleAnswers(choices));
    }

    /** A block of {@code =} answers only, each worth full marks unless it says otherwise. */
    static Optional<QuestionKind> shortAnswer(SourceText body, Position open, Problems problems) {
        int before = problems.count();
        List<RawAnswer> answers = answers(body, "=", problems);
        if (problems.count() > before || !few(answers.size(), "answers", GiftLimits.CHOICES, open, problems)) {
            return Optional.empty();
        }
        List<Choice> choices = answers.stream()
                .map(answer ->
                        new Choice(answer.text().unescaped(), answer.weight().orElse(100), answer.feedback()))
                .toList();
        if (!Marks.anyFull(choices, Choice::weight)) {
            problems.report(open, Marks.NO_FULL_ANSWER);
            return Optional.empty();
        }
        return Optional.of(new QuestionKind.ShortAnswer(choices));
    }

    /** Students pick from the choices, so each must look different from the others, and the list must fit a page. */
    private static boolean fewAndDistinct(List<RawAnswer> answers, Position open, Problems problems) {
        return few(answers.size(), "answers", GiftLimits.CHOICES, open, problems)
                && Distinct.check(
                        answers.stream()
                                .map(answer -> answer.text().unescaped())
                                .toList(),
                        answers.stream().map(answer -> answer.piece().at()).toList(),
                        "answer",
                        problems);
    }

    static boolean few(int count, String what, int limit, Position open, Problems problems) {
        if (count > limit) {
            problems.report(open, "this question has " + count + " " + what + "; a question may have at most " + limit);
            return false;
        }
        return true;
    }

    /** Every answer is read, even after a bad one, so that all their mistakes are reported together. */
    private static List<RawAnswer> answers(SourceText body, String markers, Problems problems) {
        List<RawAnswer> answers = new ArrayList<>();
        Piece.split(body, markers, problems)
                .ifPresent(pieces ->
                        pieces.forEach(piece -> RawAnswer.read(piece, problems).ifPresent(answers::add)));
        return answers;
    }
}
