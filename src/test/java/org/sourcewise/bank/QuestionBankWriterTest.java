package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored banks through the real repositories in H2: a teacher's decisions survive a new analysis. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
@WithMockUser(roles = Roles.TEACHER)
class QuestionBankWriterTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankWriter writer;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private AccountService accounts;

    @Autowired
    private TransactionTemplate transaction;

    private long articleId;

    @BeforeEach
    void importTheBudgetArticle() {
        SignedIn.asNewTeacher(accounts);
        // Analysis is off in tests, so the bank holds only what each test writes, for its own article.
        articleId = ArticleBuilder.anArticle(context).create();
    }

    private void analyse(ExtractionResult result) {
        transaction.executeWithoutResult(status ->
                writer.regenerate(articleId, BudgetArticle.ARTICLE, BudgetArticle.PUBLISHED, result, List.of()));
    }

    private KeyedQuestion first(QuestionType type) {
        return bank.questionsOf(articleId).stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void storesTheGeneratedQuestionsWithTheirKeysAndEvidence() {
        analyse(BudgetArticle.RESULT);

        List<KeyedQuestion> stored = bank.questionsOf(articleId);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(10).allMatch(q -> q.status() == QuestionStatus.GENERATED);
        assertThat(stored).extracting(KeyedQuestion::type).contains(QuestionType.WHO_SAID, QuestionType.WHEN_SAID);
        for (KeyedQuestion question : stored) {
            assertThat(question.answer())
                    .isNotEmpty()
                    .allMatch(i -> i >= 0 && i < question.choices().size());
            assertThat(question.evidence())
                    .isNotEmpty()
                    .allMatch(span -> 0 <= span.start() && span.end() <= BudgetArticle.TEXT.length());
        }
    }

    @Test
    void analysingAgainKeepsEachQuestionsIdAndAddsNoDuplicates() {
        analyse(BudgetArticle.RESULT);
        List<Long> before =
                bank.questionsOf(articleId).stream().map(KeyedQuestion::id).toList();

        analyse(BudgetArticle.RESULT);

        assertThat(bank.questionsOf(articleId)).extracting(KeyedQuestion::id).isEqualTo(before);
    }

    @Test
    void aTeachersEditWinsOverANewAnalysis() {
        analyse(BudgetArticle.RESULT);
        KeyedQuestion who = first(QuestionType.WHO_SAID);
        QuestionEdit edit = new QuestionEdit(
                "Which politician promised not to back down?",
                who.choices(),
                who.answer(),
                "Read the second sentence.");
        bank.edit(who.id(), edit);

        analyse(BudgetArticle.RESULT);

        KeyedQuestion after = bank.questionsOf(articleId).stream()
                .filter(q -> q.id() == who.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.stem()).isEqualTo("Which politician promised not to back down?");
        assertThat(after.explanation()).isEqualTo("Read the second sentence.");
        assertThat(after.status()).isEqualTo(QuestionStatus.EDITED);
    }

    @Test
    void aRejectedQuestionStaysRejectedAfterANewAnalysis() {
        analyse(BudgetArticle.RESULT);
        KeyedQuestion who = first(QuestionType.WHO_SAID);
        bank.reject(who.id());

        analyse(BudgetArticle.RESULT);

        assertThat(bank.questionsOf(articleId))
                .filteredOn(q -> q.id() == who.id())
                .singleElement()
                .extracting(KeyedQuestion::status)
                .isEqualTo(QuestionStatus.REJECTED);
    }

    @Test
    void aQuestionNoLongerAskedIsRetiredUnlessATeacherKeptIt() {
        analyse(BudgetArticle.RESULT);
        List<KeyedQuestion> aboutScheer = bank.questionsOf(articleId).stream()
                .filter(q -> "Andrew Scheer".equals(q.speakerName()))
                .toList();
        assertThat(aboutScheer).hasSizeGreaterThanOrEqualTo(2);
        bank.accept(aboutScheer.getFirst().id());

        analyse(BudgetArticle.without("Andrew Scheer"));

        assertThat(bank.questionsOf(articleId))
                .filteredOn(q -> "Andrew Scheer".equals(q.speakerName()))
                .extracting(KeyedQuestion::id)
                .containsExactly(aboutScheer.getFirst().id());
        assertThatThrownBy(() -> bank.accept(aboutScheer.get(1).id()))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("no longer asked");
    }

    @Test
    void anEditWhoseAnswerPointsNowhereIsRefusedAndChangesNothing() {
        analyse(BudgetArticle.RESULT);
        KeyedQuestion who = first(QuestionType.WHO_SAID);

        assertThatThrownBy(() -> bank.edit(who.id(), new QuestionEdit("Who?", who.choices(), List.of(7), "")))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("point at the choices");
        assertThat(first(QuestionType.WHO_SAID)).isEqualTo(who);
    }

    @Test
    void studentsCannotReadAnswerKeys() {
        analyse(BudgetArticle.RESULT);

        SignedIn.as("sam", Roles.STUDENT);

        assertThatThrownBy(() -> bank.questionsOf(articleId)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
