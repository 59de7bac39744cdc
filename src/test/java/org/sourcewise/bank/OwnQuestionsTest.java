package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.Span;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.AnswerFormat;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.statement.StoredFindings;
import org.sourcewise.testdata.OwnQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A teacher's own questions in an article's bank, through the real service and H2. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class OwnQuestionsTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    private PracticeFixture fixture;

    @BeforeEach
    void aTeacher() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
    }

    @Test
    void storesAnOwnQuestionAfterTheGeneratedOnesWithItsEvidence() {
        String passage = BudgetArticle.TEXT.substring(0, 40);
        Span evidence = bank.findPassage(fixture.articleId(), "  " + passage.toUpperCase() + " ");

        KeyedQuestion own = bank.write(fixture.articleId(), OwnQuestions.gift("Who? {=A ~B}"), List.of(evidence));

        assertThat(evidence).isEqualTo(new Span(0, 40));
        assertThat(own.own()).isTrue();
        assertThat(own.status()).isEqualTo(QuestionStatus.EDITED);
        assertThat(own.format()).isEqualTo(AnswerFormat.ONE_CHOICE);
        assertThat(bank.questionsOf(fixture.articleId()).getLast().id()).isEqualTo(own.id());
        assertThat(own.evidence()).containsExactly(evidence);
    }

    @Test
    void rewritingKeepsTheIdAndAnUndoOfARejectionBringsItBack() {
        KeyedQuestion own = bank.write(fixture.articleId(), OwnQuestions.gift("Who? {=A ~B}"), List.of());

        KeyedQuestion rewritten =
                bank.rewrite(own.id(), new WrittenQuestion.Ordering("Order", List.of("x", "y"), ""), List.of());
        bank.reject(own.id());
        KeyedQuestion back = bank.reopen(own.id());

        assertThat(rewritten.id()).isEqualTo(own.id());
        assertThat(rewritten.format()).isEqualTo(AnswerFormat.ORDERING);
        assertThat(back.status()).isEqualTo(QuestionStatus.EDITED);
    }

    @Test
    void aNewAnalysisLeavesOwnQuestionsAlone() {
        KeyedQuestion own = bank.write(fixture.articleId(), OwnQuestions.gift("Who? {=A ~B}"), List.of());

        StoredFindings.store(context, fixture.articleId(), BudgetArticle.RESULT);

        assertThat(bank.questionsOf(fixture.articleId()))
                .extracting(KeyedQuestion::id)
                .contains(own.id());
    }

    @Test
    void refusesEvidenceThatIsNotInTheArticleAndQuestionsNobodyCanAnswer() {
        assertThatThrownBy(() -> bank.findPassage(fixture.articleId(), "words the article never had"))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("not in the article");
        assertThatThrownBy(() -> bank.write(
                        fixture.articleId(), OwnQuestions.gift("Who? {=A ~B}"), List.of(new Span(0, 1_000_000))))
                .isInstanceOf(QuestionBankException.class);
        assertThatThrownBy(() -> OwnQuestions.gift("Explain why. {}"))
                .isInstanceOf(QuestionBankException.class)
                .hasMessageContaining("Essay");
        assertThatThrownBy(() -> new WrittenQuestion.Ordering("Order", List.of("same", "same"), ""))
                .hasMessageContaining("same text");
    }

    @Test
    void aStudentCannotWriteQuestions() {
        fixture.asStudent();

        assertThatThrownBy(() -> bank.write(fixture.articleId(), OwnQuestions.gift("Who? {=A ~B}"), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
