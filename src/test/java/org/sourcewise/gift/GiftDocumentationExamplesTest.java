package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.gift.QuestionKind.MultipleChoice;

/**
 * A file with an example of every feature in Moodle's GIFT documentation (documentation-examples.gift, written
 * for these tests from the format's description): it reads, writes back unchanged and exports to Moodle XML.
 */
@Tier.Fast
class GiftDocumentationExamplesTest {

    static String examples() {
        try (InputStream in = GiftDocumentationExamplesTest.class.getResourceAsStream("documentation-examples.gift")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEveryExampleAsTheKindTheDocumentationPromises() {
        GiftQuiz quiz = Gift.parse(examples());

        assertThat(quiz.questions())
                .extracting(question -> question.kind().getClass().getSimpleName())
                .containsExactly(
                        "MultipleChoice",
                        "MultipleChoice",
                        "MultipleChoice",
                        "MultipleChoice",
                        "MultipleChoice",
                        "MultipleAnswers",
                        "TrueFalse",
                        "TrueFalse",
                        "TrueFalse",
                        "ShortAnswer",
                        "ShortAnswer",
                        "ShortAnswer",
                        "Matching",
                        "Numeric",
                        "Numeric",
                        "Numeric",
                        "Numeric",
                        "Numeric",
                        "Numeric",
                        "Essay",
                        "Description",
                        "MultipleChoice",
                        "TrueFalse",
                        "TrueFalse",
                        "TrueFalse",
                        "TrueFalse",
                        "TrueFalse",
                        "TrueFalse",
                        "ShortAnswer",
                        "ShortAnswer");
    }

    @Test
    void readsTheEscapedCharactersOfTheExamplesAsText() {
        List<GiftQuestion> questions = Gift.parse(examples()).questions();

        assertThat(((MultipleChoice) questions.get(21).kind()).choices())
                .extracting(Choice::text)
                .containsExactly("~", "=", "#", "\\");
        assertThat(questions.get(22).title()).contains("Sets { }");
        assertThat(questions.get(22).stem().text())
                .isEqualTo("In mathematics a set is written {1, 2}: is that a set of two numbers?");
        assertThat(questions.get(23).stem().text()).isEqualTo("A line break\ncan be written inside a question.");
    }

    @Test
    void putsOnlyTheQuestionsAfterACategoryLineInThatCategory() {
        List<GiftQuestion> questions = Gift.parse(examples()).questions();

        assertThat(questions.get(27).category()).isEmpty();
        assertThat(questions.get(28).category()).contains("geography/capitals");
        assertThat(questions.get(29).category()).contains("$course$/history");
    }

    @Test
    void keepsTheCommentsBeforeTheFirstQuestionAsTheHeader() {
        GiftQuiz quiz = Gift.parse(examples());

        assertThat(quiz.headerComments())
                .hasSize(3)
                .last()
                .isEqualTo("Multiple choice: ~ before each wrong answer, = before the right one.");
        assertThat(quiz.article()).isEqualTo(Optional.empty());
    }

    @Test
    void writesEveryExampleBackAsGiftThatReadsTheSame() {
        GiftQuiz quiz = Gift.parse(examples());

        assertThat(Gift.parse(Gift.write(quiz))).isEqualTo(quiz);
    }

    @Test
    void writesEachExampleOnItsOwnAsGiftThatReadsTheSame() {
        for (GiftQuestion question : Gift.parse(examples()).questions()) {
            GiftQuiz alone = new GiftQuiz(List.of(), List.of(question));

            assertThat(Gift.parse(Gift.write(alone))).as(Gift.write(alone)).isEqualTo(alone);
        }
    }

    @Test
    void exportsEveryExampleAndBothCategoriesToMoodleXml() throws Exception {
        String xml = Gift.toMoodleXml(Gift.parse(examples()));

        assertThat(MoodleXml.parse(xml).getElementsByTagName("question").getLength())
                .isEqualTo(30 + 2);
    }
}
