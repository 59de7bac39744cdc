package org.sourcewise.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.analysis.SourceKind;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionStatus;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** A teacher corrects what the engine found, through the real services and H2; the questions follow. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@WithMockUser(roles = Roles.TEACHER)
class StatementCorrectionTest {

    @Autowired
    private AccountService accounts;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private StatementService statements;

    @Autowired
    private QuestionBankService bank;

    private long articleId;

    @BeforeEach
    void anAnalysedArticle() {
        SignedIn.asNewTeacher(accounts);
        articleId =
                ArticleBuilder.anArticle(context).analysed(BudgetArticle.RESULT).create();
    }

    private StoredStatement statementOf(String speaker) {
        return statements.statementsOf(articleId).stream()
                .filter(s -> s.speakerName().equals(speaker))
                .findFirst()
                .orElseThrow();
    }

    private KeyedQuestion whoSaid(String content) {
        return bank.questionsOf(articleId).stream()
                .filter(q -> q.type() == QuestionType.WHO_SAID && content.equals(q.statementContent()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCorrectedSpeakerBecomesTheAnswerOfTheQuestionsAboutTheStatement() {
        StoredStatement notley = statementOf("Rachel Notley");
        long questionId = whoSaid(notley.content()).id();

        statements.correct(notley.id(), "  Jason   Kenney ", "Alberta Premier", SourceKind.PERSON, null);

        KeyedQuestion after = whoSaid(notley.content());
        assertThat(after.id()).isEqualTo(questionId);
        assertThat(after.choices().get(after.answer().getFirst())).isEqualTo("Jason Kenney");
        assertThat(statementOf("Jason Kenney").speakerRole()).isEqualTo("Alberta Premier");
    }

    @Test
    void anAcceptedQuestionWhoseAnswerChangedNeedsReviewAgain() {
        StoredStatement notley = statementOf("Rachel Notley");
        bank.accept(whoSaid(notley.content()).id());

        statements.correct(notley.id(), "Jason Kenney", null, SourceKind.PERSON, null);

        assertThat(whoSaid(notley.content()).status()).isEqualTo(QuestionStatus.GENERATED);
    }

    @Test
    void aCorrectedDateIsWhatTheWhenQuestionAsks() {
        StoredStatement trudeau = statementOf("Justin Trudeau");

        statements.correct(
                trudeau.id(),
                trudeau.speakerName(),
                trudeau.speakerRole(),
                trudeau.sourceKind(),
                LocalDate.of(2019, 3, 11));

        assertThat(statementOf("Justin Trudeau").saidOn()).isEqualTo(LocalDate.of(2019, 3, 11));
        KeyedQuestion when = bank.questionsOf(articleId).stream()
                .filter(q -> q.type() == QuestionType.WHEN_SAID)
                .findFirst()
                .orElseThrow();
        assertThat(when.choices().get(when.answer().getFirst())).contains("11 March 2019");
    }

    @Test
    void aDeletedStatementIsNoLongerAskedAbout() {
        StoredStatement scheer = statementOf("Andrew Scheer");

        statements.delete(scheer.id());

        assertThat(statements.statementsOf(articleId))
                .extracting(StoredStatement::speakerName)
                .doesNotContain("Andrew Scheer");
        assertThat(bank.questionsOf(articleId)).noneMatch(q -> "Andrew Scheer".equals(q.speakerName()));
    }

    @Test
    void anEmptyOrHugeSpeakerIsRefusedAndNothingChanges() {
        StoredStatement notley = statementOf("Rachel Notley");

        assertThatThrownBy(() -> statements.correct(notley.id(), "  ", null, SourceKind.PERSON, null))
                .isInstanceOf(StatementException.class)
                .hasMessageContaining("1 to 300 characters");
        assertThatThrownBy(() -> statements.correct(notley.id(), "x".repeat(301), null, SourceKind.PERSON, null))
                .isInstanceOf(StatementException.class);
        assertThat(statementOf("Rachel Notley")).isEqualTo(notley);
    }

    @Test
    void studentsCannotCorrectFindings() {
        long id = statementOf("Rachel Notley").id();
        SignedIn.as("sam", Roles.STUDENT);

        assertThatThrownBy(() -> statements.correct(id, "Jason Kenney", null, SourceKind.PERSON, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> statements.delete(id)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
