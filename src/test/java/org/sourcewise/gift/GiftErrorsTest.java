package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/** Malformed files: every mistake is reported at its line and column in words a teacher can act on, and nothing is imported. */
@Tier.Fast
class GiftErrorsTest {

    static List<GiftError> errors(String gift) {
        GiftSyntaxException thrown = catchThrowableOfType(GiftSyntaxException.class, () -> Gift.parse(gift));
        assertThat(thrown).as("a syntax error").isNotNull();
        return thrown.errors();
    }

    static GiftError onlyError(String gift) {
        List<GiftError> errors = errors(gift);
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }

    @Test
    void rejectsQuizFileWithUnclosedBrace() {
        GiftError error = onlyError("""
                The sun rises in the east.{T}

                Who wrote Hamlet? {
                  =Shakespeare
                  ~Marlowe

                Which is the largest planet?{=Jupiter ~Mars}
                """);

        assertThat(error).isEqualTo(new GiftError(5, 11, "the answer block opened on line 3 is never closed with }"));
    }

    @Test
    void rejectsClosingBraceThatClosesNothing() {
        assertThat(onlyError("Is 3 } 2?{T}"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(1, 6);
        assertThat(onlyError("Is 3 more than 2?{T} }"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(1, 22);
    }

    @Test
    void rejectsBraceOpenedInsideAnAnswerBlock() {
        GiftError error = onlyError("Pick one.{=a ~b {c} ~d}");

        assertThat(error.column()).isEqualTo(17);
        assertThat(error.message()).startsWith("the answer block opened on line 1 is not closed before this {");
    }

    @Test
    void rejectsSecondAnswerBlockInOneQuestion() {
        GiftError error = onlyError("""
                Grant is buried in Grant's tomb.{F}
                The sun rises in the east.{T}""");

        assertThat(error).extracting(GiftError::line, GiftError::column).containsExactly(2, 27);
        assertThat(error.message()).contains("separate two questions with a blank line");
    }

    @Test
    void rejectsTitleThatIsNeverClosed() {
        assertThat(onlyError("::Grant's tomb Who is buried in Grant's tomb?{=no one ~Grant}"))
                .isEqualTo(new GiftError(1, 1, "the title opened with :: is never closed with ::"));
    }

    @Test
    void rejectsAnswerBlockOfNoKnownKind() {
        GiftError error = onlyError("What is the capital of France?{Paris}");

        assertThat(error).extracting(GiftError::line, GiftError::column).containsExactly(1, 32);
        assertThat(error.message()).startsWith("GIFT cannot tell what kind of question this is");
    }

    @Test
    void rejectsTextBeforeTheFirstAnswer() {
        GiftError error = onlyError("What is the capital of France?{Paris =Paris ~Rome}");

        assertThat(error)
                .isEqualTo(new GiftError(
                        1,
                        32,
                        "\"Paris\" comes before the first answer; start each answer with = (right) or ~ (wrong)"));
    }

    @Test
    void rejectsAnswerWithoutText() {
        assertThat(onlyError("Which one?{=a ~ #why}"))
                .isEqualTo(new GiftError(1, 15, "this answer has no text after its ~"));
    }

    @Test
    void rejectsAnswerThatIsOnlyAnEscapedLineBreak() {
        assertThat(onlyError("Which one?{=\\n ~b}"))
                .isEqualTo(new GiftError(1, 12, "this answer has no text after its ="));
    }

    @Test
    void rejectsWeightThatIsNotANumber() {
        GiftError error = onlyError("Which one?{=a ~%half%b}");

        assertThat(error).extracting(GiftError::line, GiftError::column).containsExactly(1, 16);
        assertThat(error.message()).startsWith("the weight %half% is not a number");
    }

    @Test
    void rejectsWeightAbove100Percent() {
        GiftError error = onlyError("Which one?{=a ~%150%b}");

        assertThat(error.message()).isEqualTo("the weight %150% is out of range; weights go from %-100% to %100%");
    }

    @Test
    void rejectsWeightWithoutClosingPercentSign() {
        assertThat(onlyError("Which one?{=a ~%50 b}").message())
                .startsWith("the weight that starts here has no closing %");
    }

    @Test
    void rejectsPartialWeightOnAnswerMarkedRight() {
        GiftError error = onlyError("Which one?{=%50%a ~b}");

        assertThat(error.column()).isEqualTo(12);
        assertThat(error.message()).startsWith("an answer marked = is always fully right");
    }

    @Test
    void rejectsMultipleChoiceWithOneChoice() {
        assertThat(onlyError("Which one?{~only}"))
                .isEqualTo(new GiftError(1, 11, "a multiple-choice question needs at least two answers"));
    }

    @Test
    void rejectsMultipleAnswersWithoutRightAnswer() {
        assertThat(onlyError("Which ones?{~a ~b}").message()).startsWith("none of the answers is marked right");
    }

    @Test
    void rejectsMultipleAnswersWhoseWeightsFallShortOf100Percent() {
        assertThat(onlyError("Which ones?{~%50%a ~%30%b ~%-100%c}").message())
                .startsWith("the weights of the right answers add up to 80%, not 100%");
    }

    @Test
    void rejectsShortAnswerWithoutAFullMarkAnswer() {
        assertThat(onlyError("Who is buried in Grant's tomb?{=%50%Grant}").message())
                .isEqualTo("none of the answers is worth full marks; leave out the weight of the best answer");
    }

    @Test
    void rejectsNumericAnswerThatIsNotANumber() {
        GiftError error = onlyError("When was Grant born?{#about 1822}");

        assertThat(error).extracting(GiftError::line, GiftError::column).containsExactly(1, 23);
        assertThat(error.message()).startsWith("the numeric answer \"about 1822\" is not a number");
    }

    @Test
    void rejectsRangeThatRunsBackwards() {
        assertThat(onlyError("Pick a number.{#5..1}").message()).startsWith("the range 5..1 runs backwards");
    }

    @Test
    void rejectsNegativeTolerance() {
        assertThat(onlyError("Pick a number.{#5:-1}"))
                .extracting(GiftError::column)
                .isEqualTo(19);
    }

    @Test
    void rejectsNumericBlockWithoutNumber() {
        assertThat(onlyError("Pick a number.{#}").message()).startsWith("this numeric answer block has no number");
    }

    @Test
    void rejectsWrongAnswerMarkInNumericBlock() {
        assertThat(onlyError("Pick a number.{# =5 ~6}").column()).isEqualTo(21);
    }

    @Test
    void rejectsMatchingPairWithoutArrow() {
        GiftError error = onlyError("Match them.{=cat -> cat food =dog -> dog food =bird}");

        assertThat(error)
                .isEqualTo(new GiftError(1, 47, "the matching pair \"bird\" has no -> between the item and its match"));
    }

    @Test
    void rejectsMatchingPairWithNothingAfterTheArrow() {
        assertThat(onlyError("Match them.{=cat -> cat food =dog -> }").message())
                .isEqualTo("the matching pair \"dog ->\" has nothing after ->");
    }

    @Test
    void rejectsMatchingQuestionWithOnePair() {
        assertThat(onlyError("Match them.{=cat -> cat food = -> dog food}").message())
                .startsWith("a matching question needs at least two pairs");
    }

    @Test
    void rejectsCategoryLineWithoutCategory() {
        assertThat(onlyError("$CATEGORY:\n\nThe sun rises in the east.{T}"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(1, 11);
    }

    @Test
    void rejectsQuestionWrittenRightUnderTheCategoryLine() {
        assertThat(onlyError("$CATEGORY: astronomy\nThe sun rises in the east.{T}"))
                .isEqualTo(new GiftError(
                        2, 1, "put a blank line between the $CATEGORY line and the question that follows it"));
    }

    @Test
    void rejectsAnswerBlockWithoutQuestionText() {
        assertThat(onlyError("::Sunrise::{T}"))
                .isEqualTo(new GiftError(1, 12, "the question has no text; write the question before its answers"));
    }

    @Test
    void reportsEveryMistakeInTheFileInLineOrder() {
        List<GiftError> errors = errors("""
                Which one?{=a ~%half%b}

                The sun rises in the east.{T}

                Who wrote Hamlet? {=Shakespeare ~Marlowe

                Is 3 } 2?{T}
                """);

        assertThat(errors).extracting(GiftError::line).containsExactly(1, 5, 7);
    }

    @Test
    void importsNothingFromAFileWithOneBrokenQuestion() {
        GiftSyntaxException thrown = catchThrowableOfType(GiftSyntaxException.class, () -> Gift.parse("""
                The sun rises in the east.{T}

                Grant is buried in Grant's tomb.{F

                Two plus two equals {=four}.
                """));

        assertThat(thrown.errors()).hasSize(1);
        assertThat(thrown.getMessage()).isEqualTo("""
                The GIFT text has 1 mistake:
                Line 3, column 35: the answer block opened on line 3 is never closed with }""");
    }

    @Test
    void countsColumnsInCharactersNotBytes() {
        assertThat(onlyError("Où est l’été? 😀 }{T}").column()).isEqualTo(17);
    }

    @Test
    void countsLinesTheSameWithWindowsLineEndings() {
        assertThat(onlyError("The sun rises.{T}\r\n\r\nWhich one?{=a ~%half%b}\r\n"))
                .extracting(GiftError::line, GiftError::column)
                .containsExactly(3, 16);
    }

    @Test
    void describesEachMistakeAsASentenceWithLineAndColumn() {
        assertThat(new GiftError(12, 5, "the answer block opened on line 10 is never closed with }"))
                .hasToString("Line 12, column 5: the answer block opened on line 10 is never closed with }");
    }
}
