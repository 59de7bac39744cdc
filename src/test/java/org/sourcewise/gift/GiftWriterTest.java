package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.gift.GiftQuestionKindsTest.choice;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.gift.NumericTarget.Approximately;
import org.sourcewise.gift.NumericTarget.Between;
import org.sourcewise.gift.QuestionKind.Matching;
import org.sourcewise.gift.QuestionKind.MultipleAnswers;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.Numeric;
import org.sourcewise.gift.QuestionKind.ShortAnswer;
import org.sourcewise.gift.QuestionKind.TrueFalse;

/** Writing quizzes as GIFT: readable output that reads back as the same quiz, whatever its texts hold. */
@Tier.Fast
class GiftWriterTest {

    private static final MultipleChoice YES_NO = new MultipleChoice(List.of(choice("yes", 100), choice("no", 0)));

    private static GiftQuiz quiz(GiftQuestion... questions) {
        return new GiftQuiz(List.of(), List.of(questions));
    }

    private static void assertReadsBackEqual(GiftQuiz quiz) {
        String gift = Gift.write(quiz);
        assertThat(Gift.parse(gift)).as(gift).isEqualTo(quiz);
    }

    @Test
    void writesHeaderAndQuestionsSeparatedByBlankLines() {
        GiftQuiz quiz = new GiftQuiz(
                List.of("article: seeds/003_c69a83af02cbb3b2.txt", "title: Drills in Belarus"),
                List.of(
                        new GiftQuestion(
                                Optional.of("Truss"),
                                Optional.empty(),
                                Stem.of("Who warned Moscow?"),
                                Optional.empty(),
                                new MultipleChoice(List.of(
                                        choice("Liz Truss", 100, "She said it in Moscow."),
                                        choice("Sergei Lavrov", 0)))),
                        GiftQuestion.of("Lavrov spoke of lectures.", TrueFalse.of(true))));

        assertThat(Gift.write(quiz)).isEqualTo("""
                // article: seeds/003_c69a83af02cbb3b2.txt
                // title: Drills in Belarus

                ::Truss::Who warned Moscow? {
                \t=Liz Truss #She said it in Moscow.
                \t~Sergei Lavrov
                }

                Lavrov spoke of lectures. {T}
                """);
    }

    @Test
    void writesCategoryLineOnlyWhereTheCategoryChanges() {
        GiftQuestion first =
                new GiftQuestion(Optional.empty(), Optional.of("week1"), Stem.of("One?"), Optional.empty(), YES_NO);
        GiftQuestion second =
                new GiftQuestion(Optional.empty(), Optional.of("week1"), Stem.of("Two?"), Optional.empty(), YES_NO);
        GiftQuestion third =
                new GiftQuestion(Optional.empty(), Optional.of("week2"), Stem.of("Three?"), Optional.empty(), YES_NO);

        String gift = Gift.write(quiz(first, second, third));

        assertThat(gift.lines().filter(line -> line.startsWith("$CATEGORY:")))
                .containsExactly("$CATEGORY: week1", "$CATEGORY: week2");
        assertReadsBackEqual(quiz(first, second, third));
    }

    @Test
    void escapesEveryCharacterGiftGivesAMeaning() {
        GiftQuestion question = new GiftQuestion(
                Optional.of("a::b"),
                Optional.empty(),
                Stem.of("Is {x} = ~y # z \\ w?\nSay so."),
                Optional.of("#### means general feedback"),
                new MultipleChoice(List.of(choice("=yes", 100, "# is feedback"), choice("~no", 0))));

        assertThat(Gift.write(quiz(question))).startsWith("::a\\:\\:b::Is \\{x\\} \\= \\~y \\# z \\\\ w?\\nSay so. {");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void leavesColonsUnescapedOutsideTitles() {
        GiftQuestion question =
                GiftQuestion.of("At 10:30, who spoke?", new ShortAnswer(List.of(choice("Lavrov: the minister", 100))));

        assertThat(Gift.write(quiz(question))).contains("At 10:30, who spoke?", "=Lavrov: the minister");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void keepsTextThatLooksLikeTitleFormatCommentOrCategoryAsText() {
        assertReadsBackEqual(quiz(
                GiftQuestion.of("::not a title:: but text", YES_NO),
                GiftQuestion.of("[html] is not the format here", YES_NO),
                GiftQuestion.of("// is not a comment here", YES_NO),
                GiftQuestion.of("$CATEGORY: is not a category here", YES_NO)));
    }

    @Test
    void writesWeightOfAnswerWhoseTextStartsWithPercentSign() {
        GiftQuestion question = GiftQuestion.of(
                "How much?", new MultipleAnswers(List.of(choice("%50 off", 100), choice("%10 off", 0))));

        assertThat(Gift.write(quiz(question))).contains("~%100%%50 off", "~%0%%10 off");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void keepsMultipleChoiceWhoseChoicesAreAllRightFromReadingAsShortAnswer() {
        assertReadsBackEqual(quiz(
                GiftQuestion.of("Pick any.", new MultipleChoice(List.of(choice("a", 100), choice("b", 100))))));
    }

    @Test
    void writesFeedbackForARightTrueFalseAnswerAlone() {
        GiftQuestion question = GiftQuestion.of(
                "The sun rises in the east.", new TrueFalse(true, Optional.empty(), Optional.of("Yes.")));

        assertThat(Gift.write(quiz(question))).isEqualTo("The sun rises in the east. {T##Yes.}\n");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void writesNumbersInTheirShortestForm() {
        GiftQuestion question = GiftQuestion.of(
                "When?",
                new Numeric(List.of(
                        new NumericAnswer(new Approximately(1822, 0), 100, Optional.empty()),
                        new NumericAnswer(new Approximately(1822, 2.5), 50, Optional.of("Close.")),
                        new NumericAnswer(new Between(-0.25, 1e-7), 33.333, Optional.empty()))));

        assertThat(Gift.write(quiz(question))).isEqualTo("""
                When? {#
                \t=1822
                \t=%50%1822:2.5 #Close.
                \t=%33.333%-0.25..0.0000001
                }
                """);
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void writesMissingWordWithTheAnswersInsideTheSentence() {
        GiftQuestion question = new GiftQuestion(
                Optional.empty(),
                Optional.empty(),
                new Stem(TextFormat.MOODLE, "Two plus two equals ", "."),
                Optional.empty(),
                new ShortAnswer(List.of(choice("four", 100), choice("4", 100))));

        assertThat(Gift.write(quiz(question))).isEqualTo("Two plus two equals {\n\t=four\n\t=4\n}.\n");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void writesMatchingPairsAndDistractors() {
        GiftQuestion question = GiftQuestion.of(
                "Match them.",
                new Matching(List.of(
                        new MatchPair("Truss", "Foreign Secretary = FS"),
                        new MatchPair("Lavrov", "Foreign Minister"),
                        MatchPair.distractor("Prime Minister"))));

        assertThat(Gift.write(quiz(question)))
                .contains("\t=Truss -> Foreign Secretary \\= FS\n", "\t= -> Prime Minister\n");
        assertReadsBackEqual(quiz(question));
    }

    @Test
    void writesNonDefaultTextFormat() {
        GiftQuestion question = new GiftQuestion(
                Optional.of("Bold"),
                Optional.empty(),
                new Stem(TextFormat.HTML, "Is <b>this</b> bold?", ""),
                Optional.of("It is."),
                TrueFalse.of(true));

        assertThat(Gift.write(quiz(question))).isEqualTo("::Bold::[html]Is <b>this</b> bold? {T####It is.}\n");
    }

    @Test
    void writesEmptyQuizAsEmptyText() {
        assertThat(Gift.write(quiz())).isEmpty();
    }
}
