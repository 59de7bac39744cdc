package org.sourcewise.bank;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.questions.QuestionType;

/** A teacher's wording of a question; the constructor rejects what students could not answer. */
public record QuestionEdit(String stem, List<String> choices, List<Integer> answer, String explanation) {

    static final int MAX_STEM = 4000;
    static final int MAX_CHOICE = 2000;
    static final int MAX_CHOICES = 8;

    public QuestionEdit {
        stem = stem == null ? "" : stem.strip();
        explanation = explanation == null ? "" : explanation.strip();
        choices = choices == null
                ? List.of()
                : choices.stream().map(c -> c == null ? "" : c.strip()).toList();
        answer = answer == null ? List.of() : List.copyOf(answer);
        if (stem.isEmpty()) {
            throw new QuestionBankException("The question needs a text.");
        }
        if (stem.length() > MAX_STEM || explanation.length() > MAX_STEM) {
            throw new QuestionBankException(
                    "The question and its explanation may have at most " + MAX_STEM + " characters each.");
        }
        if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
            throw new QuestionBankException("A question needs between 2 and " + MAX_CHOICES + " choices.");
        }
        if (choices.stream().anyMatch(c -> c.isEmpty() || c.length() > MAX_CHOICE)) {
            throw new QuestionBankException("Every choice needs a text of at most " + MAX_CHOICE + " characters.");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new QuestionBankException("Two choices have the same text; students could not tell them apart.");
        }
    }

    /** Checks the answer key against the kind of question it is for. */
    void checkAnswerFor(QuestionType type) {
        int n = choices.size();
        if (answer.stream().anyMatch(i -> i == null || i < 0 || i >= n)
                || new HashSet<>(answer).size() != answer.size()) {
            throw new QuestionBankException("The answer must point at the choices, each at most once.");
        }
        if (type == QuestionType.TIME_ORDER) {
            if (!new HashSet<>(answer)
                    .equals(new HashSet<>(IntStream.range(0, n).boxed().toList()))) {
                throw new QuestionBankException("An ordering question's answer must place every choice once.");
            }
        } else if (answer.size() != 1) {
            throw new QuestionBankException("Mark exactly one choice as the right answer.");
        }
    }
}
