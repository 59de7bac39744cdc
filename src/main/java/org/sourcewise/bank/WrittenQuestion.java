package org.sourcewise.bank;

import java.util.HashSet;
import java.util.List;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftLimits;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.GiftQuiz;
import org.sourcewise.gift.GiftSyntaxException;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.questions.AnswerFormat;

/**
 * A teacher's own question as written: any question GIFT can hold that a student can answer here, or an ordering
 * question, which GIFT cannot express. The constructors reject what students could not answer.
 */
public sealed interface WrittenQuestion {

    int MAX_TEXT = GiftLimits.TEXT;
    int MAX_ITEMS = 8;

    /** What the question asks, in the words a student reads. */
    String stem();

    AnswerFormat format();

    /** A question of any GIFT kind but essay and description. */
    record Gifted(GiftQuestion question) implements WrittenQuestion {

        public Gifted {
            formatOf(question.kind());
            // However the question was put together (typed as GIFT, filled in a form, read from a file), it is
            // stored as GIFT, so whatever the parser refuses (too many choices, twice the same choice) is refused here.
            try {
                Gift.parse(giftText(question));
            } catch (GiftSyntaxException e) {
                throw new QuestionBankException("This question cannot be saved: "
                        + e.errors().getFirst().message() + ".");
            }
            if (question.stem().shown().length() > MAX_TEXT
                    || question.generalFeedback().orElse("").length() > MAX_TEXT) {
                throw new QuestionBankException(
                        "The question and its general feedback may have at most " + MAX_TEXT + " characters each.");
            }
        }

        /** The question alone in GIFT, as the bank stores it and a teacher edits it. */
        public String giftText() {
            return giftText(question);
        }

        private static String giftText(GiftQuestion question) {
            return Gift.write(new GiftQuiz(List.of(), List.of(question)));
        }

        @Override
        public String stem() {
            return question.stem().shown();
        }

        @Override
        public AnswerFormat format() {
            return formatOf(question.kind());
        }

        private static AnswerFormat formatOf(QuestionKind kind) {
            return AnswerFormat.of(kind)
                    .orElseThrow(() -> new QuestionBankException(
                            kind instanceof QuestionKind.Essay
                                    ? "Essay questions need a teacher to mark them; Sourcewise cannot ask them yet."
                                    : "This has no answers in braces, so it asks nothing: write them after the"
                                            + " question, such as {=the right answer ~a wrong one}."));
        }
    }

    /** Items given in their right order; students see them shuffled. */
    record Ordering(String stem, List<String> items, String explanation) implements WrittenQuestion {

        public Ordering {
            stem = stem == null ? "" : stem.strip();
            explanation = explanation == null ? "" : explanation.strip();
            items = items == null
                    ? List.of()
                    : items.stream()
                            .map(i -> i == null ? "" : i.strip())
                            .filter(i -> !i.isEmpty())
                            .toList();
            if (stem.isEmpty() || stem.length() > MAX_TEXT || explanation.length() > MAX_TEXT) {
                throw new QuestionBankException("The question needs a text; it and its explanation may have at most "
                        + MAX_TEXT + " characters each.");
            }
            if (items.size() < 2 || items.size() > MAX_ITEMS) {
                throw new QuestionBankException("An ordering question needs between 2 and " + MAX_ITEMS + " items.");
            }
            if (items.stream().anyMatch(i -> i.length() > QuestionEdit.MAX_CHOICE)) {
                throw new QuestionBankException(
                        "Every item may have at most " + QuestionEdit.MAX_CHOICE + " characters.");
            }
            if (new HashSet<>(items).size() != items.size()) {
                throw new QuestionBankException("Two items have the same text; students could not tell them apart.");
            }
        }

        @Override
        public AnswerFormat format() {
            return AnswerFormat.ORDERING;
        }
    }
}
