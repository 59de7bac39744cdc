package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.StatementKind;

@Tier.Fast
class TopicsTest {

    private static final String HARBOUR_STORY = "The mayor of Port Elsin, Mara Voss, opened the new harbour on Monday."
            + " Voss said the Harbour Trust had paid for the work. Critics in the Elsin Council said costs doubled.";

    private static ExtractionResult story(String speaker, String content) {
        return new ExtractionResult(
                List.of(BudgetArticle.statement(speaker, SourceKind.PERSON, content, StatementKind.INDIRECT, null)),
                List.of());
    }

    @Test
    void aStoryThatSharesTwoNamesIsRelated() {
        ExtractionResult sameTown =
                story("Ola Brandt", "the Harbour Trust would ask the Elsin Council for more money next year");

        assertThat(Topics.related(Topics.names(HARBOUR_STORY), sameTown)).isTrue();
    }

    @Test
    void aStoryThatSharesOneNameOrNoneIsNot() {
        ExtractionResult elsewhere = story("Ivo Petrak", "the border talks with Velmar would resume in the spring");
        ExtractionResult oneName = story("Ivo Petrak", "the Harbour Trust in Velmar had closed");

        assertThat(Topics.related(Topics.names(HARBOUR_STORY), elsewhere)).isFalse();
        assertThat(Topics.related(Topics.names(HARBOUR_STORY), oneName)).isFalse();
    }

    @Test
    void aCapitalOpeningASentenceAndCalendarWordsAreNoNames() {
        assertThat(Topics.names(HARBOUR_STORY))
                .contains(java.util.Set.of("mara", "voss"), java.util.Set.of("harbour", "trust"))
                .noneMatch(name -> name.contains("the") || name.contains("monday") || name.contains("critics"));
    }

    @Test
    void anUnrelatedStorysSourcesAreNeverWrongAnswers() {
        ExtractionResult elsewhere = story("Ivo Petrak", "the border talks with Velmar would resume in the spring");

        List<Question> questions = new QuestionGenerator(1)
                .generate(BudgetArticle.ARTICLE, BudgetArticle.PUBLISHED, BudgetArticle.RESULT, List.of(elsewhere));

        assertThat(questions).flatMap(Question::choices).noneMatch(choice -> choice.contains("Petrak"));
    }
}
