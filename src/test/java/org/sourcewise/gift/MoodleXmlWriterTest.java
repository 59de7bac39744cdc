package org.sourcewise.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.gift.GiftQuestionKindsTest.choice;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.w3c.dom.Document;

/** Moodle XML export: well-formed, with Moodle's element names and every text escaped. */
@Tier.Fast
class MoodleXmlWriterTest {

    private static Document export(String gift) throws Exception {
        return MoodleXml.parse(Gift.toMoodleXml(Gift.parse(gift)));
    }

    @Test
    void writesOneQuestionElementPerQuestionUnderQuiz() throws Exception {
        Document xml = export("Who spoke?{=Truss ~Lavrov}\n\nThe sun rises in the east.{T}");

        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("quiz");
        assertThat(MoodleXml.text(xml, "count(/quiz/question)")).isEqualTo("2");
    }

    @Test
    void namesEachKindWithMoodlesQuestionType() throws Exception {
        Document xml = export(GiftDocumentationExamplesTest.examples());

        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='multichoice'])"))
                .isEqualTo("7");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='truefalse'])"))
                .isEqualTo("9");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='shortanswer'])"))
                .isEqualTo("5");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='matching'])"))
                .isEqualTo("1");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='numerical'])"))
                .isEqualTo("6");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='essay'])")).isEqualTo("1");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='description'])"))
                .isEqualTo("1");
        assertThat(MoodleXml.text(xml, "count(/quiz/question[@type='category'])"))
                .isEqualTo("2");
    }

    @Test
    void keepsMarkupAndAmpersandsInTextAsText() throws Exception {
        GiftQuiz quiz = new GiftQuiz(
                List.of(),
                List.of(GiftQuestion.of(
                        "Is <script>alert('x')</script> & \"this\" safe?",
                        new QuestionKind.MultipleChoice(
                                List.of(choice("<b>no</b>", 100, "]]> ends CDATA"), choice("yes", 0))))));

        Document xml = MoodleXml.parse(Gift.toMoodleXml(quiz));

        assertThat(MoodleXml.text(xml, "/quiz/question/questiontext/text"))
                .isEqualTo("Is <script>alert('x')</script> & \"this\" safe?");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[1]/text")).isEqualTo("<b>no</b>");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[1]/feedback/text"))
                .isEqualTo("]]> ends CDATA");
    }

    @Test
    void leavesOutControlCharactersThatXmlCannotHold() throws Exception {
        GiftQuiz quiz =
                new GiftQuiz(List.of(), List.of(GiftQuestion.of("Bell\u0007 rings?", QuestionKind.TrueFalse.of(true))));

        assertThat(MoodleXml.text(MoodleXml.parse(Gift.toMoodleXml(quiz)), "/quiz/question/questiontext/text"))
                .isEqualTo("Bell rings?");
    }

    @Test
    void writesWeightsAsFractionsAndFeedbackInsideEachAnswer() throws Exception {
        Document xml = export("Capital of Australia?{=Canberra #Yes. ~%50%Sydney #Largest city. ~Perth}");

        assertThat(MoodleXml.text(xml, "/quiz/question/single")).isEqualTo("true");
        assertThat(MoodleXml.nodes(xml, "/quiz/question/answer").getLength()).isEqualTo(3);
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[2]/@fraction")).isEqualTo("50");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[2]/text")).isEqualTo("Sydney");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[2]/feedback/text"))
                .isEqualTo("Largest city.");
    }

    @Test
    void writesMultipleAnswersAsMultichoiceThatIsNotSingle() throws Exception {
        Document xml = export("Which two?{~%50%a ~%50%b ~%-100%c}");

        assertThat(MoodleXml.text(xml, "/quiz/question/@type")).isEqualTo("multichoice");
        assertThat(MoodleXml.text(xml, "/quiz/question/single")).isEqualTo("false");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[3]/@fraction")).isEqualTo("-100");
    }

    @Test
    void givesEachTrueFalseAnswerTheFeedbackForChoosingIt() throws Exception {
        Document xml = export("Grant is buried in Grant's tomb.{F#No, entombed.#Yes, entombed, not buried.}");

        assertThat(MoodleXml.text(xml, "/quiz/question/answer[text='true']/@fraction"))
                .isEqualTo("0");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[text='true']/feedback/text"))
                .isEqualTo("No, entombed.");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[text='false']/@fraction"))
                .isEqualTo("100");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer[text='false']/feedback/text"))
                .isEqualTo("Yes, entombed, not buried.");
    }

    @Test
    void writesNumericRangeAsMidpointWithTolerance() throws Exception {
        Document xml = export("Pick a number.{#1..5}");

        assertThat(MoodleXml.text(xml, "/quiz/question/answer/text")).isEqualTo("3");
        assertThat(MoodleXml.text(xml, "/quiz/question/answer/tolerance")).isEqualTo("2");
    }

    @Test
    void writesMatchingPairsAsSubquestions() throws Exception {
        Document xml = export("Match them.{=cat -> cat food =dog -> dog food = -> fish}");

        assertThat(MoodleXml.nodes(xml, "/quiz/question/subquestion").getLength())
                .isEqualTo(3);
        assertThat(MoodleXml.text(xml, "/quiz/question/subquestion[1]/text")).isEqualTo("cat");
        assertThat(MoodleXml.text(xml, "/quiz/question/subquestion[1]/answer/text"))
                .isEqualTo("cat food");
        assertThat(MoodleXml.text(xml, "/quiz/question/subquestion[3]/text")).isEmpty();
    }

    @Test
    void writesCategoryQuestionBeforeEachChangeOfCategory() throws Exception {
        Document xml = export("$CATEGORY: week1\n\nOne?{T}\n\nTwo?{T}\n\n$CATEGORY: week2\n\nThree?{T}");

        assertThat(MoodleXml.text(xml, "/quiz/question[1]/@type")).isEqualTo("category");
        assertThat(MoodleXml.text(xml, "/quiz/question[1]/category/text")).isEqualTo("week1");
        assertThat(MoodleXml.text(xml, "/quiz/question[4]/category/text")).isEqualTo("week2");
        assertThat(MoodleXml.text(xml, "count(/quiz/question)")).isEqualTo("5");
    }

    @Test
    void showsTheMissingWordAsABlankInTheText() throws Exception {
        assertThat(MoodleXml.text(export("Two plus two equals {=four =4}."), "/quiz/question/questiontext/text"))
                .isEqualTo("Two plus two equals _____.");
    }

    @Test
    void namesUntitledQuestionAfterTheStartOfItsText() throws Exception {
        Document xml = export("::Grant::Who is buried here?{T}\n\n" + "Why ".repeat(30) + "?{T}");

        assertThat(MoodleXml.text(xml, "/quiz/question[1]/name/text")).isEqualTo("Grant");
        assertThat(MoodleXml.text(xml, "/quiz/question[2]/name/text"))
                .hasSize(80)
                .endsWith("...");
    }

    @Test
    void neverCutsACharacterInHalfWhenShorteningAName() throws Exception {
        Document xml = export("😀".repeat(100) + "?{T}");

        assertThat(MoodleXml.text(xml, "/quiz/question/name/text")).isEqualTo("😀".repeat(77) + "...");
    }

    @Test
    void marksTextWithItsFormatAndGeneralFeedbackWithTheSameFormat() throws Exception {
        Document xml = export("[html]Is <b>this</b> bold?{T####It <i>is</i>.}");

        assertThat(MoodleXml.text(xml, "/quiz/question/questiontext/@format")).isEqualTo("html");
        assertThat(MoodleXml.text(xml, "/quiz/question/generalfeedback/text")).isEqualTo("It <i>is</i>.");
        assertThat(MoodleXml.text(xml, "/quiz/question/generalfeedback/@format"))
                .isEqualTo("html");
    }

    @Test
    void writesEmptyQuizAsEmptyQuizElement() throws Exception {
        Document xml = MoodleXml.parse(Gift.toMoodleXml(new GiftQuiz(List.of(), List.of())));

        assertThat(xml.getDocumentElement().getChildNodes().getLength()).isZero();
        assertThat(Optional.ofNullable(xml.getXmlEncoding())).contains("UTF-8");
    }
}
