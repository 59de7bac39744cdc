package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.gift.GiftQuestionKindsTest.choice;
import static org.sourcewise.gift.GiftQuestionKindsTest.only;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.gift.QuestionKind.MultipleChoice;
import org.sourcewise.gift.QuestionKind.ShortAnswer;
import org.sourcewise.gift.QuestionKind.TrueFalse;

/** Everything around the answers: titles, formats, feedback, escapes, comments, categories and line endings. */
@Tier.Fast
class GiftTextTest {

    @Test
    void readsTitle() {
        GiftQuestion question = only("::Grant's tomb::Who's buried in Grant's tomb?{=no one ~Grant}");

        assertThat(question.title()).contains("Grant's tomb");
        assertThat(question.stem().text()).isEqualTo("Who's buried in Grant's tomb?");
    }

    @Test
    void readsTextFormatAfterTitle() {
        GiftQuestion question = only("::Q1::[html]Is <b>this</b> bold?{T}");

        assertThat(question.stem()).isEqualTo(new Stem(TextFormat.HTML, "Is <b>this</b> bold?", ""));
    }

    @Test
    void readsEveryTextFormat() {
        assertThat(only("[moodle]Text{T}").stem().format()).isEqualTo(TextFormat.MOODLE);
        assertThat(only("[html]Text{T}").stem().format()).isEqualTo(TextFormat.HTML);
        assertThat(only("[plain]Text{T}").stem().format()).isEqualTo(TextFormat.PLAIN);
        assertThat(only("[markdown]Text{T}").stem().format()).isEqualTo(TextFormat.MARKDOWN);
    }

    @Test
    void keepsUnknownBracketedWordAsText() {
        GiftQuestion question = only("[citation needed] The moon is made of cheese.{F}");

        assertThat(question.stem()).isEqualTo(Stem.of("[citation needed] The moon is made of cheese."));
    }

    @Test
    void readsGeneralFeedback() {
        GiftQuestion question = only("What's 2 plus 2? {=4 #Right ~5 #Too many ####Two and two make four.}");

        assertThat(question.generalFeedback()).contains("Two and two make four.");
        assertThat(question.kind())
                .isEqualTo(new MultipleChoice(List.of(choice("4", 100, "Right"), choice("5", 0, "Too many"))));
    }

    @Test
    void readsGeneralFeedbackOfTrueFalseAndEssay() {
        assertThat(only("The sun rises in the east.{T####It rises in the east everywhere.}")
                        .generalFeedback())
                .contains("It rises in the east everywhere.");
        assertThat(only("Describe a sunrise.{####Mention the colours.}").generalFeedback())
                .contains("Mention the colours.");
    }

    @Test
    void unescapesSpecialCharactersInText() {
        GiftQuestion question = only("Which is true\\: 1 \\= 1, \\{x\\} or \\~y\\# ? {=a \\= b ~c}");

        assertThat(question.stem().text()).isEqualTo("Which is true: 1 = 1, {x} or ~y# ?");
        assertThat(((MultipleChoice) question.kind()).choices().getFirst().text())
                .isEqualTo("a = b");
    }

    @Test
    void unescapesNewlineAndBackslash() {
        GiftQuestion question = only("First line\\nsecond line with a \\\\ backslash {T}");

        assertThat(question.stem().text()).isEqualTo("First line\nsecond line with a \\ backslash");
    }

    @Test
    void keepsBackslashBeforeOrdinaryCharacter() {
        assertThat(only("Is C:\\temp a folder? {T}").stem().text()).isEqualTo("Is C:\\temp a folder?");
    }

    @Test
    void joinsTheLinesOfOneQuestion() {
        GiftQuestion question = only("""
                ::Colours::
                What's between orange and green
                in the spectrum?
                {
                  =yellow
                  ~red
                }""");

        assertThat(question.title()).contains("Colours");
        assertThat(question.stem().text()).isEqualTo("What's between orange and green\nin the spectrum?");
    }

    @Test
    void separatesQuestionsWithBlankLines() {
        GiftQuiz quiz = Gift.parse("""
                Grant is buried in Grant's tomb.{F}

                   \t
                Two plus two equals {=four =4}.
                """);

        assertThat(quiz.questions())
                .extracting(GiftQuestion::kind)
                .containsExactly(TrueFalse.of(false), new ShortAnswer(List.of(choice("four", 100), choice("4", 100))));
    }

    @Test
    void ignoresCommentLines() {
        GiftQuiz quiz = Gift.parse("""
                Grant is buried in Grant's tomb.{F}

                // a note for the teacher, not a question
                The sun rises in the east.
                // in the middle of a question too
                {T}
                """);

        assertThat(quiz.questions())
                .extracting(question -> question.stem().text())
                .containsExactly("Grant is buried in Grant's tomb.", "The sun rises in the east.");
    }

    @Test
    void keepsCommentsBeforeTheFirstQuestionAsHeader() {
        GiftQuiz quiz = Gift.parse("""
                // article: seeds/003_c69a83af02cbb3b2.txt
                // title: Drills in Belarus

                // by the history department
                The sun rises in the east.{T}

                // a comment between questions
                Grant is buried in Grant's tomb.{F}
                """);

        assertThat(quiz.headerComments())
                .containsExactly(
                        "article: seeds/003_c69a83af02cbb3b2.txt",
                        "title: Drills in Belarus",
                        "by the history department");
        assertThat(quiz.headerValue("article")).contains("seeds/003_c69a83af02cbb3b2.txt");
        assertThat(quiz.headerValue("Title")).contains("Drills in Belarus");
        assertThat(quiz.headerValue("author")).isEmpty();
    }

    @Test
    void putsQuestionsInTheLatestCategory() {
        GiftQuiz quiz = Gift.parse("""
                The sun rises in the east.{T}

                $CATEGORY: history/usa

                Grant is buried in Grant's tomb.{F}

                When was Ulysses S. Grant born?{#1822}

                $CATEGORY: $course$/science

                Two plus two equals {=four}.
                """);

        assertThat(quiz.questions())
                .extracting(GiftQuestion::category)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("history/usa"),
                        Optional.of("history/usa"),
                        Optional.of("$course$/science"));
    }

    @Test
    void acceptsWindowsLineEndingsAndByteOrderMark() {
        GiftQuiz quiz = Gift.parse(
                "\uFEFF// article: a.txt\r\n\r\n::T::Grant is buried\r\nin Grant's tomb.{F}\r\n\r\nThe sun rises.{T}\r\n");

        assertThat(quiz.headerComments()).containsExactly("article: a.txt");
        assertThat(quiz.questions())
                .extracting(question -> question.stem().text())
                .containsExactly("Grant is buried\nin Grant's tomb.", "The sun rises.");
    }

    @Test
    void readsEmptyFileAsEmptyQuiz() {
        assertThat(Gift.parse("\n\n// only a comment\n")).isEqualTo(new GiftQuiz(List.of("only a comment"), List.of()));
    }
}
