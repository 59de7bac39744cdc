package org.sourcewise.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.questions.AnswerFormat;

/**
 * The choices a live session shows for a bank question that has one right choice among two or more, and what follows
 * the question: its explanation. A generated question's choices come as stored, already shuffled by the generator; a
 * teacher's own multiple-choice question (typed, or from a quiz file) keeps its key in its GIFT, where authors tend to
 * write the right answer first, so its choices are shuffled. {@code stored} gives, for each choice shown, its index in
 * the question as stored, which is where a signed-in student's attempt answer must point.
 */
record LiveChoices(List<String> shown, int right, List<Integer> stored, String explanation) {

    static Optional<LiveChoices> of(KeyedQuestion question, Random random) {
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            return own(gifted, random);
        }
        boolean oneRight = question.format() == AnswerFormat.ONE_CHOICE
                && question.choices().size() >= 2
                && question.answer().size() == 1
                && question.answer().getFirst() >= 0
                && question.answer().getFirst() < question.choices().size();
        return oneRight
                ? Optional.of(new LiveChoices(
                        question.choices(),
                        question.answer().getFirst(),
                        IntStream.range(0, question.choices().size()).boxed().toList(),
                        question.explanation() == null ? "" : question.explanation()))
                : Optional.empty();
    }

    /**
     * Only a choice question with one choice worth the whole mark and none worth part of it: a live answer is right
     * or wrong, and the attempt must mark it the same way.
     */
    private static Optional<LiveChoices> own(WrittenQuestion.Gifted gifted, Random random) {
        if (!(gifted.question().kind() instanceof QuestionKind.MultipleChoice kind)
                || kind.choices().size() < 2) {
            return Optional.empty();
        }
        List<Choice> choices = kind.choices();
        List<Integer> whole = IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).weight() >= 100)
                .boxed()
                .toList();
        boolean partial = choices.stream().anyMatch(c -> c.weight() > 0 && c.weight() < 100);
        if (whole.size() != 1 || partial) {
            return Optional.empty();
        }
        List<Integer> stored =
                new ArrayList<>(IntStream.range(0, choices.size()).boxed().toList());
        Collections.shuffle(stored, random);
        return Optional.of(new LiveChoices(
                stored.stream().map(i -> choices.get(i).text()).toList(),
                stored.indexOf(whole.getFirst()),
                List.copyOf(stored),
                gifted.question().generalFeedback().orElse("")));
    }
}
