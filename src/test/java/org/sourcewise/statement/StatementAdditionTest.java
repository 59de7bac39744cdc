package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.analysis.Span;
import org.sourcewise.analysis.StatementKind;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A teacher adds a statement the engine missed by selecting its words, through the real services and H2. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@WithMockUser(roles = Roles.TEACHER)
class StatementAdditionTest {

    private static final String SCHEER = "the budget was a betrayal of taxpayers";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StatementService statements;

    @Autowired
    private QuestionBankService bank;

    private long articleId;

    @BeforeEach
    void anArticleWhoseAnalysisMissedScheerAndNotley() {
        articleId = ArticleBuilder.anArticle(context)
                .analysed(BudgetArticle.without("Andrew Scheer", "Rachel Notley"))
                .create();
    }

    /** The stretch of the budget article holding these words, widened by what a careless mouse picks up. */
    private static Span selecting(String words, int before, int after) {
        int start = BudgetArticle.TEXT.indexOf(words);
        return new Span(start - before, start + words.length() + after);
    }

    private static NewStatement scheer(Span selection) {
        return new NewStatement(
                selection, "Andrew Scheer", "Conservative Leader", SourceKind.PERSON, StatementKind.INDIRECT, null);
    }

    private List<StoredStatement> stored() {
        return statements.statementsOf(articleId);
    }

    @Test
    void anAddedStatementIsStoredTrimmedInReadingOrderAndAskedAbout() {
        int before = stored().size();

        StoredStatement added = statements.add(articleId, scheer(selecting(SCHEER, 1, 0)));

        Span words = selecting(SCHEER, 0, 0);
        assertThat(added.content()).isEqualTo(SCHEER);
        assertThat(new Span(added.contentStart(), added.contentEnd())).isEqualTo(words);
        assertThat(BudgetArticle.TEXT.substring(added.evidenceStart(), added.evidenceEnd()))
                .isEqualTo("Conservative Leader Andrew Scheer said the budget was a betrayal of taxpayers.");
        assertThat(added.addedByTeacher()).isTrue();
        assertThat(added.cue()).isNull();
        assertThat(stored())
                .hasSize(before + 1)
                .extracting(StoredStatement::speakerName)
                .containsExactly(
                        "Justin Trudeau", "Andrew Scheer", "senior official", "The Globe and Mail", "Bill Morneau");
        List<KeyedQuestion> questions = bank.questionsOf(articleId);
        assertThat(questions)
                .anyMatch(q -> SCHEER.equals(q.statementContent()) && "Andrew Scheer".equals(q.speakerName()));
        assertThat(questions).extracting(KeyedQuestion::explanation).noneMatch(e -> e.contains("“null”"));
    }

    @Test
    void anAddedQuoteLosesTheQuotationMarksSelectedWithIt() {
        String quote = "We will not back down on pipelines";

        StoredStatement added = statements.add(
                articleId,
                new NewStatement(
                        selecting(quote, 1, 0),
                        "Rachel Notley",
                        "Alberta Premier",
                        SourceKind.PERSON,
                        StatementKind.DIRECT,
                        LocalDate.of(2019, 3, 12)));

        assertThat(added.content()).isEqualTo(quote);
        assertThat(BudgetArticle.TEXT.charAt(added.contentStart() - 1)).isEqualTo('“');
        assertThat(added.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(added.saidOn()).isEqualTo(LocalDate.of(2019, 3, 12));
    }

    @Test
    void theSelectionIsShownTrimmedBeforeItIsAdded() {
        String sentence = "Conservative Leader Andrew Scheer said the budget was a betrayal of taxpayers.";

        SelectedStatement selected = statements.select(articleId, selecting(sentence, 1, 1));

        assertThat(selected.content()).isEqualTo(sentence);
        assertThat(selected.words()).isEqualTo(selecting(sentence, 0, 0));
    }

    @Test
    void refusesStatementOutsideTheArticle() {
        int length = BudgetArticle.TEXT.length();

        assertThatThrownBy(() -> statements.add(articleId, scheer(new Span(length - 5, length + 1))))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("in the article's text");
        assertThatThrownBy(() -> statements.select(articleId, new Span(-1, 5)))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("in the article's text");
    }

    @Test
    void refusesASelectionWithoutWords() {
        int space = BudgetArticle.TEXT.indexOf(' ');

        assertThatThrownBy(() -> statements.add(articleId, scheer(new Span(space, space + 1))))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("no words");
        assertThatThrownBy(() -> statements.add(articleId, scheer(new Span(space, space))))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("Select the statement's words");
    }

    @Test
    void refusesTheExactWordsOfAStatementAlreadyFound() {
        int before = stored().size();

        assertThatThrownBy(() ->
                        statements.add(articleId, scheer(selecting("the deal was worth two billion dollars", 1, 0))))
                .isInstanceOf(StatementException.class)
                .hasMessage("Statement 3 already has exactly these words; correct it instead of adding it again.");
        assertThat(stored()).hasSize(before);
    }

    @Test
    void refusesAnEmptyOrHugeSpeakerAndAMissingKindAndAddsNothing() {
        Span words = selecting(SCHEER, 0, 0);

        assertThatThrownBy(() -> statements.add(
                        articleId, new NewStatement(words, " ", null, SourceKind.PERSON, StatementKind.INDIRECT, null)))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("1 to 300 characters");
        assertThatThrownBy(() -> statements.add(
                        articleId,
                        new NewStatement(
                                words,
                                "Andrew Scheer",
                                "r".repeat(301),
                                SourceKind.PERSON,
                                StatementKind.INDIRECT,
                                null)))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("at most 300");
        assertThatThrownBy(() -> statements.add(
                        articleId, new NewStatement(words, "Andrew Scheer", null, SourceKind.PERSON, null, null)))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("quotes the words or reports them");
        assertThat(stored()).extracting(StoredStatement::speakerName).doesNotContain("Andrew Scheer");
    }

    @Test
    void markupInANameIsStoredAsTheTeacherTypedIt() {
        StoredStatement added = statements.add(
                articleId,
                new NewStatement(
                        selecting(SCHEER, 0, 0),
                        "<b>Andrew</b> Scheer",
                        "<script>x</script>",
                        SourceKind.PERSON,
                        StatementKind.INDIRECT,
                        null));

        assertThat(added.speakerName()).isEqualTo("<b>Andrew</b> Scheer");
        assertThat(added.speakerRole()).isEqualTo("<script>x</script>");
    }

    @Test
    void refusesToAddBeforeTheAnalysisHasFinished() {
        long unanalysed = ArticleBuilder.anArticle(context).create();

        assertThatThrownBy(() -> statements.add(unanalysed, scheer(selecting(SCHEER, 0, 0))))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("analysis has finished");
        assertThat(statements.statementsOf(unanalysed)).isEmpty();
    }

    @Test
    void studentsCannotAddStatements() {
        SignedIn.as("sam", Roles.STUDENT);

        assertThatThrownBy(() -> statements.add(articleId, scheer(selecting(SCHEER, 0, 0))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> statements.select(articleId, selecting(SCHEER, 0, 0)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
