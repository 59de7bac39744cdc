package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sourcewise.gift.GiftQuestionKindsTest.choice;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.gift.QuestionKind.Description;
import org.sourcewise.gift.QuestionKind.MultipleAnswers;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.ShortAnswer;

/** The model holds only what GIFT can write down, tidied the way GIFT tidies it, so every quiz survives a round trip. */
@Tier.Fast
class GiftModelTest {

    @Test
    void tidiesSurroundingSpaceAndCarriageReturns() {
        Choice tidied = new Choice("  Liz Truss\r\n", 100, Optional.of(" She said it.\r\nIn Moscow. "));

        assertThat(tidied).isEqualTo(new Choice("Liz Truss", 100, Optional.of("She said it.\nIn Moscow.")));
    }

    @Test
    void keepsTheSpacesNextToAMissingWordBlank() {
        assertThat(new Stem(TextFormat.MOODLE, " Two plus two equals ", " . "))
                .isEqualTo(new Stem(TextFormat.MOODLE, "Two plus two equals ", " ."));
        assertThat(Stem.of(" Who spoke? ").text()).isEqualTo("Who spoke?");
    }

    @Test
    void refusesEmptyAnswer() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Choice(" ", 100, Optional.empty()));
    }

    @Test
    void refusesWeightOutsideMinus100To100() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Choice("a", 101, Optional.empty()));
    }

    @Test
    void refusesMultipleChoiceWithoutFullMarkChoice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MultipleChoice(List.of(choice("a", 50), choice("b", 0))));
    }

    @Test
    void refusesMultipleAnswersWhosePositiveWeightsMissFullMarks() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MultipleAnswers(List.of(choice("a", 50), choice("b", 30))));
    }

    @Test
    void acceptsMultipleAnswersWithRoundedThirds() {
        assertThat(new MultipleAnswers(List.of(choice("a", 33.33), choice("b", 33.33), choice("c", 33.33))).choices())
                .hasSize(3);
    }

    @Test
    void refusesShortAnswerHoldingAnArrow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ShortAnswer(List.of(choice("a -> b", 100))));
    }

    @Test
    void refusesMatchingItemHoldingAnArrow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MatchPair("a -> b", "c"));
    }

    @Test
    void refusesDescriptionWithGeneralFeedback() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GiftQuestion(
                        Optional.empty(),
                        Optional.empty(),
                        Stem.of("Read the article first."),
                        Optional.of("Well read."),
                        new Description()));
    }

    @Test
    void refusesCategoryOnTwoLines() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GiftQuestion(
                        Optional.empty(),
                        Optional.of("a\nb"),
                        Stem.of("Read the article first."),
                        Optional.empty(),
                        new Description()));
    }

    @Test
    void refusesUncategorisedQuestionAfterCategorisedOne() {
        GiftQuestion categorised = new GiftQuestion(
                Optional.empty(), Optional.of("week1"), Stem.of("One."), Optional.empty(), new Description());
        GiftQuestion uncategorised = GiftQuestion.of("Two.", new Description());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GiftQuiz(List.of(), List.of(categorised, uncategorised)));
    }

    @Test
    void readsArticleAndTitleFromTheHeader() {
        GiftQuiz quiz =
                new GiftQuiz(List.of("article: seeds/001_78288d0e41c1ddce.txt", "Title:  Biden and Putin "), List.of());

        assertThat(quiz.article()).contains("seeds/001_78288d0e41c1ddce.txt");
        assertThat(quiz.title()).contains("Biden and Putin");
    }

    @Test
    void ignoresHeaderKeyWithoutValue() {
        assertThat(new GiftQuiz(List.of("article:", "article: seeds/a.txt"), List.of()).article())
                .contains("seeds/a.txt");
    }
}
