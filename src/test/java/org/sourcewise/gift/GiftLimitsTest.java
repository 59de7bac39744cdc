package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sourcewise.gift.GiftErrorsTest.errors;
import static org.sourcewise.gift.GiftErrorsTest.onlyError;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** What a student could not read or a page could not hold is refused at its line and column, like any mistake. */
@Tier.Fast
class GiftLimitsTest {

    @Test
    void refusesAnHtmlTextThatIsEmptyOnceItsMarkupIsLeftOut() {
        assertThat(onlyError("[html]<p></p> {=a ~b}"))
                .isEqualTo(new GiftError(
                        1, 7, "the question has no text a student could read once its markup is left out"));
        assertThat(onlyError("Fine.{T}\n\n::t::[html]<p>&nbsp;</p><br> {=a ~b}").line())
                .isEqualTo(3);
        assertThat(onlyError("[html]<b></b>"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(1, 7);
    }

    @Test
    void keepsHtmlThatHasWordsAndMarkdownAsItIs() {
        assertThat(Gift.parse("[html]<p>Who <b>said</b> it?</p> {=a ~b}")
                        .questions()
                        .getFirst()
                        .stem()
                        .shown())
                .isEqualTo("Who said it?");
        assertThat(Gift.parse("[markdown]** {=a ~b}").questions()).hasSize(1);
    }

    @Test
    void refusesMoreThanTwentyChoicesAndTwelvePairs() {
        String choices = IntStream.rangeClosed(1, 21).mapToObj(i -> "~c" + i).collect(Collectors.joining(" "));
        assertThat(onlyError("Pick. {=right " + choices + "}"))
                .isEqualTo(new GiftError(1, 7, "this question has 22 answers; a question may have at most 20"));
        String pairs = IntStream.rangeClosed(1, 13)
                .mapToObj(i -> "=i" + i + " -> m" + i)
                .collect(Collectors.joining(" "));
        assertThat(onlyError("Match.\n{" + pairs + "}"))
                .isEqualTo(new GiftError(2, 1, "this question has 13 pairs; a question may have at most 12"));
        String twenty = IntStream.rangeClosed(1, 19).mapToObj(i -> "~c" + i).collect(Collectors.joining(" "));
        assertThat(Gift.parse("Pick. {=right " + twenty + "}").questions()).hasSize(1);
    }

    @Test
    void refusesAnswersThatReadTheSame() {
        List<GiftError> errors = errors("Pick. {=a ~a ~ A }");
        assertThat(errors).extracting(GiftError::column).containsExactly(11, 14);
        assertThat(errors.getFirst().message())
                .isEqualTo("the answer \"a\" is written twice; students could not tell the two apart");
        assertThat(onlyError("Match. {=cat -> food =cat -> milk}").message())
                .startsWith("the item \"cat\" is written twice");
        assertThat(Gift.parse("Match. {=cat -> food =dog -> food}").questions()).hasSize(1);
    }

    @Test
    void refusesNulAndOtherControlCharactersWhereTheyStand() {
        assertThat(onlyError("Pick. {=a\u0000 ~b}"))
                .isEqualTo(
                        new GiftError(
                                1,
                                10,
                                "this line holds the invisible control character U+0000; delete it (a file saved as UTF-8 text has none)"));
        assertThat(onlyError("Fine?{T}\n\nIs \u001b[31m red?{T}"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(3, 4);
        assertThat(Gift.parse("Tabs\tare fine.{T}").questions()).hasSize(1);
    }

    @Test
    void refusesLongTextsAnswersAndFeedback() {
        assertThat(onlyError("x".repeat(4_001) + "{T}").message())
                .isEqualTo("the question's text has 4,001 characters; it may have at most 4,000");
        assertThat(onlyError("Pick. {=" + "a".repeat(1_001) + " ~b}").message())
                .isEqualTo("this answer has 1,001 characters; an answer may have at most 1,000");
        assertThat(onlyError("Pick. {=a#" + "f".repeat(4_001) + " ~b}").message())
                .startsWith("this feedback has 4,001 characters");
        assertThat(onlyError("Pick. {=a ~b ####" + "g".repeat(4_001) + "}").message())
                .startsWith("this feedback has 4,001 characters");
    }

    @Test
    void refusesAHugeQuestionWithoutReadingItAndStillReadsTheNextOne() {
        String huge = "Who? {=" + "a".repeat(1_500_000) + " ~b}";
        assertThat(onlyError(huge))
                .isEqualTo(new GiftError(
                        1, 1, "the file has 1,500,011 characters; a quiz file may have at most 1,000,000"));

        List<GiftError> errors = errors("Fine?{T}\n\nWho? {=" + "a".repeat(30_000) + " ~b}\n\nBroken {=a");
        assertThat(errors).extracting(GiftError::line).containsExactly(3, 5);
        assertThat(errors.getFirst().message())
                .isEqualTo("this question has 30,011 characters of GIFT; a question may have at most 20,000");
    }

    @Test
    void aFileCutOffOneBytePastTheLimitIsRefusedWithoutClaimingThatLengthIsItsSize() {
        GiftSyntaxException refused =
                assertThrows(GiftSyntaxException.class, () -> Gift.parse(new byte[Gift.MAX_FILE_BYTES + 1]));
        assertThat(refused.errors())
                .containsExactly(new GiftError(
                        1,
                        1,
                        "the file has more than 4,000,000 bytes; a quiz file may have at most 1,000,000 characters"));
    }

    @Test
    void keepsAtMostAHundredErrorsOfABinaryLookingFile() {
        String binary = IntStream.range(0, 500).mapToObj(i -> "\u0001}{").collect(Collectors.joining("\n\n"));
        assertThat(errors(binary)).hasSize(100);
    }

    @Test
    void refusesMoreThanFiveHundredQuestionsInAFile() {
        String many = IntStream.range(0, 501).mapToObj(i -> "Q" + i + "?{T}").collect(Collectors.joining("\n\n"));
        assertThat(onlyError(many))
                .isEqualTo(new GiftError(
                        1001, 1, "a quiz file may have at most 500 questions; put the rest in another file"));
    }
}
