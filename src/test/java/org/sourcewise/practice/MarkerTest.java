package org.sourcewise.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcewise.practice.UnsavedQuestions.ordering;
import static org.sourcewise.practice.UnsavedQuestions.own;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.Span;
import org.sourcewise.bank.KeyedQuestion;

@Tier.Fast
class MarkerTest {

    private static Marking choose(KeyedQuestion question, Integer... chosen) {
        Response response = Response.choosing(List.of(chosen));
        Marker.check(question, response);
        return Marker.mark(question, response);
    }

    private static Marking type(KeyedQuestion question, String typed) {
        Response response = Response.typing(typed);
        Marker.check(question, response);
        return Marker.mark(question, response);
    }

    @Test
    void marksAMultipleChoiceAnswerWithTheFeedbackOfTheChoiceGiven() {
        KeyedQuestion question =
                own("Who warned Lavrov? {=Truss #Right, Truss. ~Johnson #No, Johnson was in Brussels.}");

        Marking wrong = choose(question, 1);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.given()).isEqualTo("Johnson");
        assertThat(wrong.expected()).isEqualTo("Truss");
        assertThat(wrong.feedback()).isEqualTo("No, Johnson was in Brussels.");
        assertThat(wrong.evidence()).containsExactly(new Span(3, 9));
        assertThat(choose(question, 0).correct()).isTrue();
    }

    @Test
    void anAnswerWorthPartOfTheMarkIsNotRight() {
        assertThat(choose(own("Who? {=Truss ~%50%Liz ~Lavrov}"), 1).correct()).isFalse();
    }

    @Test
    void multipleAnswersAreRightOnlyWhenTheTicksEarnTheWholeMark() {
        KeyedQuestion question = own("Who spoke? {~%33.33%A ~%33.33%B ~%33.33%C ~%-100%D}");

        assertThat(choose(question, 0, 1, 2).correct()).isTrue();
        assertThat(choose(question, 0, 1).correct()).isFalse();
        assertThat(choose(question, 0, 1, 2, 3).correct()).isFalse();
        assertThat(choose(question, 0, 1).expected()).isEqualTo("A; B; C");
    }

    @Test
    void trueFalseGivesTheFeedbackForARightOrAWrongAnswer() {
        KeyedQuestion question = own("Stoltenberg is quoted directly. {F #It is a paraphrase. #Yes, a paraphrase.}");

        Marking wrong = choose(question, 0);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.feedback()).isEqualTo("It is a paraphrase.");
        assertThat(wrong.expected()).isEqualTo("False");
        assertThat(choose(question, 1).feedback()).isEqualTo("Yes, a paraphrase.");
    }

    @Test
    void shortAnswersIgnoreCaseAndSpacesAndHonourWildcards() {
        KeyedQuestion question = own("Who confirmed the call? {=Dmitry Peskov =Peskov =*spokes*}");

        assertThat(type(question, "  dmitry   PESKOV ").correct()).isTrue();
        assertThat(type(question, "the Kremlin spokesman").correct()).isTrue();
        assertThat(type(question, "Psaki").correct()).isFalse();
        assertThat(type(question, "Psaki").expected()).isEqualTo("Dmitry Peskov");
    }

    @Test
    void numericAnswersAcceptTheToleranceARangeAndADecimalComma() {
        assertThat(type(own("Which day? {#7}"), "7").correct()).isTrue();
        assertThat(type(own("Which day? {#7}"), "8").correct()).isFalse();
        assertThat(type(own("Pi? {#3.14:0.01}"), "3,145").correct()).isTrue();
        assertThat(type(own("Between? {#1..5}"), "4.9").correct()).isTrue();
        assertThat(type(own("Between? {#1..5}"), "5.1").expected()).isEqualTo("from 1 to 5");
    }

    @Test
    void refusesANumericAnswerThatIsNoNumber() {
        assertThatThrownBy(() -> type(own("Which day? {#7}"), "seven"))
                .isInstanceOf(PracticeException.class)
                .hasMessageContaining("Type a number");
    }

    @Test
    void matchingIsRightWhenEveryItemHasItsMatch() {
        KeyedQuestion question = own("Match. {=Truss -> UK =Lavrov -> Russia = -> France}");

        assertThat(choose(question, 2, 1).correct()).isTrue();
        Marking wrong = choose(question, 1, 2);
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.given()).isEqualTo("Truss \u2192 Russia; Lavrov \u2192 UK");
        assertThat(wrong.expected()).isEqualTo("Truss \u2192 UK; Lavrov \u2192 Russia");
    }

    @Test
    void refusesAMatchingAnswerWithAnItemLeftOpen() {
        KeyedQuestion question = own("Match. {=Truss -> UK =Lavrov -> Russia}");

        assertThatThrownBy(() -> choose(question, 1))
                .isInstanceOf(PracticeException.class)
                .hasMessage("Pick a match for every item.");
    }

    @Test
    void anOrderingIsRightOnlyInItsRightOrder() {
        KeyedQuestion question = ordering("first", "second", "third");

        assertThat(choose(question, 0, 1, 2).correct()).isTrue();
        assertThat(choose(question, 1, 0, 2).correct()).isFalse();
    }

    @Test
    void refusesEmptyAnswersWithWhatIsMissing() {
        assertThatThrownBy(() -> choose(own("Who? {~%50%A ~%50%B}"))).hasMessage("Tick at least one answer.");
        assertThatThrownBy(() -> type(own("Who? {=A}"), " ")).hasMessage("Type your answer.");
        assertThatThrownBy(() -> choose(own("Who? {=A ~B}"), 5)).hasMessage("Choose one answer.");
    }
}
