package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.gift.NumericTarget.Approximately;
import org.sourcewise.gift.NumericTarget.Between;
import org.sourcewise.gift.QuestionKind.Description;
import org.sourcewise.gift.QuestionKind.Essay;
import org.sourcewise.gift.QuestionKind.Matching;
import org.sourcewise.gift.QuestionKind.MultipleAnswers;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.Numeric;
import org.sourcewise.gift.QuestionKind.ShortAnswer;
import org.sourcewise.gift.QuestionKind.TrueFalse;

/** Each kind of question, written the way Moodle's GIFT documentation writes it. */
@Tier.Fast
class GiftQuestionKindsTest {

    static GiftQuestion only(String gift) {
        List<GiftQuestion> questions = Gift.parse(gift).questions();
        assertThat(questions).hasSize(1);
        return questions.getFirst();
    }

    static Choice choice(String text, double weight) {
        return new Choice(text, weight, Optional.empty());
    }

    static Choice choice(String text, double weight, String feedback) {
        return new Choice(text, weight, Optional.of(feedback));
    }

    @Test
    void readsMultipleChoiceWithOneRightAnswer() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{~Sherman =Grant ~no one}");

        assertThat(question.stem()).isEqualTo(Stem.of("Who's buried in Grant's tomb?"));
        assertThat(question.kind())
                .isEqualTo(
                        new MultipleChoice(List.of(choice("Sherman", 0), choice("Grant", 100), choice("no one", 0))));
    }

    @Test
    void readsFeedbackForEachChoice() {
        GiftQuestion question = only("""
                What's between orange and green in the spectrum?
                { =yellow # right; good!
                  ~red # wrong, it's yellow
                  ~blue # wrong, it's yellow }""");

        assertThat(question.kind())
                .isEqualTo(new MultipleChoice(List.of(
                        choice("yellow", 100, "right; good!"),
                        choice("red", 0, "wrong, it's yellow"),
                        choice("blue", 0, "wrong, it's yellow"))));
    }

    @Test
    void readsPartialCreditInMultipleChoice() {
        GiftQuestion question = only("Which city is the capital of Australia? {=Canberra ~%50%Sydney ~Perth}");

        assertThat(question.kind())
                .isEqualTo(
                        new MultipleChoice(List.of(choice("Canberra", 100), choice("Sydney", 50), choice("Perth", 0))));
    }

    @Test
    void readsWeightedChoicesWithoutEqualsSignAsMultipleAnswers() {
        GiftQuestion question = only("What two people are entombed in Grant's tomb? "
                + "{~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father }");

        assertThat(question.kind())
                .isEqualTo(new MultipleAnswers(List.of(
                        choice("No one", -100),
                        choice("Grant", 50),
                        choice("Grant's wife", 50),
                        choice("Grant's father", -100))));
    }

    @Test
    void readsDecimalWeights() {
        GiftQuestion question = only("Pick the thirds. {~%33.33333%one ~%33.33333%two ~%33.33334%three ~%-100%none}");

        assertThat(((MultipleAnswers) question.kind()).choices())
                .extracting(Choice::weight)
                .containsExactly(33.33333, 33.33333, 33.33334, -100.0);
    }

    @Test
    void readsTrueFalseInAllFourSpellings() {
        assertThat(only("Grant is buried in Grant's tomb.{F}").kind()).isEqualTo(TrueFalse.of(false));
        assertThat(only("Grant is buried in Grant's tomb.{FALSE}").kind()).isEqualTo(TrueFalse.of(false));
        assertThat(only("The sun rises in the east.{T}").kind()).isEqualTo(TrueFalse.of(true));
        assertThat(only("The sun rises in the east.{TRUE}").kind()).isEqualTo(TrueFalse.of(true));
    }

    @Test
    void readsTrueFalseFeedbackWithTheWrongAnswersFeedbackFirst() {
        GiftQuestion question =
                only("Grant is buried in Grant's tomb.{FALSE#No, he is entombed.#Yes, entombed is not buried.}");

        assertThat(question.kind())
                .isEqualTo(new TrueFalse(
                        false, Optional.of("No, he is entombed."), Optional.of("Yes, entombed is not buried.")));
    }

    @Test
    void readsShortAnswerWithEveryAcceptedAnswer() {
        GiftQuestion question = only("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}");

        assertThat(question.kind())
                .isEqualTo(new ShortAnswer(
                        List.of(choice("Grant", 100), choice("Ulysses S. Grant", 100), choice("Ulysses Grant", 100))));
    }

    @Test
    void readsWeightedShortAnswers() {
        GiftQuestion question =
                only("Who's buried in Grant's tomb?{=Ulysses S. Grant#Exactly =%50%Grant#Which Grant?}");

        assertThat(question.kind())
                .isEqualTo(new ShortAnswer(
                        List.of(choice("Ulysses S. Grant", 100, "Exactly"), choice("Grant", 50, "Which Grant?"))));
    }

    @Test
    void readsShortAnswerInTheMiddleOfTheSentenceAsMissingWord() {
        GiftQuestion question = only("Two plus two equals {=four =4}.");

        assertThat(question.stem()).isEqualTo(new Stem(TextFormat.MOODLE, "Two plus two equals ", "."));
        assertThat(question.stem().isMissingWord()).isTrue();
        assertThat(question.kind()).isEqualTo(new ShortAnswer(List.of(choice("four", 100), choice("4", 100))));
    }

    @Test
    void readsMultipleChoiceInTheMiddleOfTheSentenceAsMissingWord() {
        GiftQuestion question =
                only("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.");

        assertThat(question.stem())
                .isEqualTo(new Stem(TextFormat.MOODLE, "Moodle costs ", " to download from moodle.org."));
        assertThat(question.kind()).isInstanceOf(MultipleChoice.class);
    }

    @Test
    void readsAnswerBlockOfAnyKindInTheMiddleOfTheSentence() {
        GiftQuestion question = only("Grant is {T} buried in Grant's tomb.");

        assertThat(question.stem()).isEqualTo(new Stem(TextFormat.MOODLE, "Grant is ", " buried in Grant's tomb."));
        assertThat(question.kind()).isEqualTo(TrueFalse.of(true));
    }

    @Test
    void readsMatchingPairs() {
        GiftQuestion question = only("Which animal eats which food? { =cat -> cat food =dog -> dog food }");

        assertThat(question.kind())
                .isEqualTo(new Matching(List.of(new MatchPair("cat", "cat food"), new MatchPair("dog", "dog food"))));
    }

    @Test
    void readsMatchingPairWithoutItemAsExtraWrongMatch() {
        GiftQuestion question = only("""
                Match the countries with their capitals. {
                  =Canada -> Ottawa
                  =Italy -> Rome
                  = -> Paris
                }""");

        assertThat(((Matching) question.kind()).pairs())
                .containsExactly(
                        new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"), new MatchPair("", "Paris"));
    }

    @Test
    void readsNumericAnswerWithTolerance() {
        GiftQuestion question = only("When was Ulysses S. Grant born?{#1822:5}");

        assertThat(question.kind())
                .isEqualTo(new Numeric(List.of(new NumericAnswer(new Approximately(1822, 5), 100, Optional.empty()))));
    }

    @Test
    void readsDecimalNumericAnswer() {
        GiftQuestion question = only("What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}");

        assertThat(question.kind())
                .isEqualTo(new Numeric(
                        List.of(new NumericAnswer(new Approximately(3.14159, 0.0005), 100, Optional.empty()))));
    }

    @Test
    void readsNumericRange() {
        GiftQuestion question = only("What is the value of pi (to 3 decimal places)? {#3.141..3.142}");

        assertThat(((Numeric) question.kind()).answers().getFirst().target()).isEqualTo(new Between(3.141, 3.142));
    }

    @Test
    void readsSeveralWeightedNumericAnswersWithFeedback() {
        GiftQuestion question =
                only("When was Ulysses S. Grant born? {# =1822:0 #Correct! =%50%1822:2 #Close enough }");

        assertThat(question.kind())
                .isEqualTo(new Numeric(List.of(
                        new NumericAnswer(new Approximately(1822, 0), 100, Optional.of("Correct!")),
                        new NumericAnswer(new Approximately(1822, 2), 50, Optional.of("Close enough")))));
    }

    @Test
    void readsNegativeNumbers() {
        GiftQuestion question = only("How cold is it? {#-5..-1}");

        assertThat(((Numeric) question.kind()).answers().getFirst().target()).isEqualTo(new Between(-5, -1));
    }

    @Test
    void readsNumericAnswerInTheMiddleOfTheSentence() {
        GiftQuestion question = only("Ulysses S. Grant was born in {#1822}, in Ohio.");

        assertThat(question.stem())
                .isEqualTo(new Stem(TextFormat.MOODLE, "Ulysses S. Grant was born in ", ", in Ohio."));
    }

    @Test
    void readsEmptyAnswerBlockAsEssay() {
        GiftQuestion question = only("Write a short biography of Dag Hammarskjöld. {}");

        assertThat(question.kind()).isEqualTo(new Essay());
        assertThat(question.stem().text()).isEqualTo("Write a short biography of Dag Hammarskjöld.");
    }

    @Test
    void readsQuestionWithoutAnswerBlockAsDescription() {
        GiftQuestion question = only("You can use your pencil and paper for these next math questions.");

        assertThat(question.kind()).isEqualTo(new Description());
    }
}
