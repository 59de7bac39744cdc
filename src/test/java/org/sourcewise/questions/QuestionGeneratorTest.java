package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.Statement;
import org.sourcewise.analysis.StatementKind;

/** The generator on hand-made engine output, so each rule is checked in milliseconds. */
@Tier.Fast
class QuestionGeneratorTest {

    private static List<Question> generate(long seed) {
        return new QuestionGenerator(seed)
                .generate(BudgetArticle.ARTICLE, BudgetArticle.PUBLISHED, BudgetArticle.RESULT, List.of());
    }

    @Test
    void theSameSeedGivesTheSameBank() {
        assertThat(generate(3)).isEqualTo(generate(3));
    }

    @Test
    void wrongSpeakersAreOfTheRightSpeakersKind() {
        Question question = generate(1).stream()
                .filter(q -> q.type() == QuestionType.WHO_SAID || q.type() == QuestionType.ACCORDING_TO)
                .filter(q -> q.statement().speaker().name().equals("Justin Trudeau"))
                .findFirst()
                .orElseThrow();

        assertThat(question.choices())
                .containsExactlyInAnyOrder("Justin Trudeau", "Rachel Notley", "Andrew Scheer", "Bill Morneau");
        assertThat(question.choices().get(question.answer().getFirst())).isEqualTo("Justin Trudeau");
    }

    @Test
    void anUnnamedSourceIsAskedAboutAsUnnamedNotByName() {
        List<Question> aboutOfficial = generate(1).stream()
                .filter(q -> q.statement() != null && q.statement().speaker().kind() == SourceKind.ANONYMOUS)
                .toList();

        assertThat(aboutOfficial)
                .extracting(Question::type)
                .contains(QuestionType.SOURCE_KIND)
                .doesNotContain(QuestionType.WHO_SAID, QuestionType.ACCORDING_TO);
        Question kind = aboutOfficial.stream()
                .filter(q -> q.type() == QuestionType.SOURCE_KIND)
                .findFirst()
                .orElseThrow();
        assertThat(kind.choices().get(kind.answer().getFirst())).isEqualTo("An unnamed source");
    }

    @Test
    void aDateWorkedOutFromAWeekdayIsAHardQuestionWithTheRightDay() {
        Question when = generate(1).stream()
                .filter(q -> q.type() == QuestionType.WHEN_SAID)
                .findFirst()
                .orElseThrow();

        assertThat(when.choices().get(when.answer().getFirst())).isEqualTo("Tuesday 12 March 2019");
        assertThat(when.choices()).hasSize(4).doesNotHaveDuplicates();
        assertThat(when.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(when.explanation()).contains("Thursday 14 March 2019");
    }

    @Test
    void aQuoteIsExactWordsAndAReportIsAParaphrase() {
        List<Question> asked = generate(1).stream()
                .filter(q -> q.type() == QuestionType.QUOTE_OR_PARAPHRASE)
                .toList();

        assertThat(asked)
                .filteredOn(q -> q.statement().kind() == StatementKind.DIRECT)
                .allMatch(q -> q.answer().equals(List.of(0)));
        assertThat(asked)
                .filteredOn(q -> q.statement().kind() == StatementKind.INDIRECT)
                .allMatch(q -> q.answer().equals(List.of(1)));
    }

    @Test
    void exactWordsOrParaphraseShowsAQuoteAndAReportAlikeSoTheFormattingGivesNothingAway() {
        List<Question> asked = generate(1).stream()
                .filter(q -> q.type() == QuestionType.QUOTE_OR_PARAPHRASE)
                .toList();

        assertThat(asked).extracting(q -> q.statement().kind()).contains(StatementKind.DIRECT, StatementKind.INDIRECT);
        assertThat(asked).allSatisfy(q -> {
            String shown = q.stem().lines().skip(1).reduce("", String::concat);
            assertThat(shown).doesNotStartWith("Claim:").doesNotContain("\u201c", "\u201d", "\"");
            assertThat(q.stem().lines().count()).isEqualTo(2);
        });
    }

    @Test
    void aQuoteThatNamesItsSpeakerIsNotAskedAsWhoSaidIt() {
        Statement naming = BudgetArticle.statement(
                "Rachel Notley", SourceKind.PERSON, "We will not back down on pipelines", StatementKind.DIRECT, null);
        Statement selfNamed = new Statement(
                naming.speaker(),
                "Notley will not back down on pipelines, ever again",
                StatementKind.DIRECT,
                null,
                naming.contentSpan(),
                naming.evidence(),
                "said");
        ExtractionResult result = new ExtractionResult(
                List.of(
                        selfNamed,
                        BudgetArticle.RESULT.statements().get(0),
                        BudgetArticle.RESULT.statements().get(2),
                        BudgetArticle.RESULT.statements().get(5)),
                List.of());

        assertThat(new QuestionGenerator(1).generate(BudgetArticle.ARTICLE, BudgetArticle.PUBLISHED, result, List.of()))
                .noneMatch(q -> q.type() == QuestionType.WHO_SAID);
    }

    @Test
    void everyQuestionPointsAtTheSentenceItAsksAbout() {
        for (Question question : generate(1)) {
            if (question.statement() != null) {
                Span content = question.statement().contentSpan();
                assertThat(question.evidence()).anyMatch(s -> s.start() <= content.start() && content.end() <= s.end());
            }
        }
    }
}
