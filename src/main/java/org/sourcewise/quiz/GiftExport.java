package org.sourcewise.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Choice;
import org.sourcewise.gift.GiftQuestion;
import org.sourcewise.gift.GiftQuiz;
import org.sourcewise.gift.MatchPair;
import org.sourcewise.gift.QuestionKind;
import org.sourcewise.gift.Stem;
import org.sourcewise.gift.TextFormat;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.QuestionType;

/**
 * A quiz's questions as GIFT. An own question is exported as it was written or loaded, so a GIFT file read into
 * Sourcewise comes out with the same questions. A generated question becomes a multiple-choice question with its
 * explanation as general feedback; an ordering question, which GIFT lacks, becomes a matching question from
 * each place ("1st") to the item that goes there.
 */
final class GiftExport {

    private GiftExport() {}

    static GiftQuiz of(String title, List<KeyedQuestion> questions) {
        return new GiftQuiz(
                List.of("title: " + title.replace('\n', ' '), "exported from Sourcewise"),
                questions.stream().map(GiftExport::of).toList());
    }

    static GiftQuestion of(KeyedQuestion question) {
        if (question.written() instanceof WrittenQuestion.Gifted gifted) {
            return gifted.question();
        }
        Optional<String> feedback = Optional.of(question.explanation()).filter(text -> !text.isBlank());
        Optional<String> title = Optional.of(
                question.type() == QuestionType.OWN
                        ? "Ordering"
                        : question.type().name().charAt(0)
                                + question.type()
                                        .name()
                                        .substring(1)
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', ' '));
        QuestionKind kind;
        if (question.format() == AnswerFormat.ORDERING) {
            kind = new QuestionKind.Matching(IntStream.range(
                            0, question.answer().size())
                    .mapToObj(at -> new MatchPair(
                            ordinal(at + 1),
                            question.choices().get(question.answer().get(at))))
                    .toList());
        } else {
            kind = new QuestionKind.MultipleChoice(IntStream.range(
                            0, question.choices().size())
                    .mapToObj(i -> new Choice(
                            question.choices().get(i), question.answer().contains(i) ? 100 : 0, Optional.empty()))
                    .toList());
        }
        return new GiftQuestion(
                title, Optional.empty(), new Stem(TextFormat.PLAIN, question.stem(), ""), feedback, kind);
    }

    private static String ordinal(int n) {
        return n
                + switch (n % 100 >= 11 && n % 100 <= 13 ? 0 : n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }
}
