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
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.OwnQuestions;
import org.sourcewise.testdata.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An own question belongs to its author, enforced by the service and not only hidden in the page; the review of
 * generated questions is shared, each decision recorded with who made it, and never takes a question out of
 * another teacher's quiz.
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class QuestionOwnershipTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private AccountService accounts;

    private PracticeFixture fixture;
    private String other;
    private KeyedQuestion authors;

    @BeforeEach
    void aTeacherWritesAQuestionAndAnotherTeacherComes() {
        fixture = PracticeFixture.create(context);
        other = "other " + fixture.teacher();
        People.account(context, other, "Other teacher", Roles.TEACHER);
        People.account(context, "admin " + other, "An admin", Roles.ADMIN);
        fixture.asTeacher();
        authors = OwnQuestions.write(context, fixture.articleId(), "Who presented the budget? {=Philpott ~Morneau}");
    }

    @Test
    void anotherTeacherCannotRewriteRejectOrAcceptItButMayCopyIt() {
        SignedIn.as(other, Roles.TEACHER);

        assertThat(bank.mayChange(authors)).isFalse();
        assertThatThrownBy(() -> bank.rewrite(authors.id(), OwnQuestions.gift("Changed? {T}"), List.of()))
                .isInstanceOf(QuestionBankException.class)
                .hasMessage("This question is another teacher's: copy it to" + " change your own version.");
        assertThatThrownBy(() -> bank.reject(authors.id())).isInstanceOf(QuestionBankException.class);
        assertThatThrownBy(() -> bank.accept(authors.id())).isInstanceOf(QuestionBankException.class);
        KeyedQuestion copy = bank.copy(authors.id());
        assertThat(bank.mayChange(copy)).isTrue();
        assertThat(bank.rewrite(copy.id(), OwnQuestions.gift("Changed? {T}"), List.of())
                        .stem())
                .isEqualTo("Changed?");

        fixture.asTeacher();
        assertThat(bank.questions(List.of(authors.id())))
                .singleElement()
                .satisfies(q -> assertThat(q.status()).isEqualTo(QuestionStatus.EDITED))
                .satisfies(q -> assertThat(q.stem()).isEqualTo("Who presented the budget?"));
    }

    @Test
    void theAuthorAndAnAdminMayChangeIt() {
        assertThat(bank.rewrite(authors.id(), OwnQuestions.gift("Who spoke? {=Philpott ~Morneau}"), List.of())
                        .stem())
                .isEqualTo("Who spoke?");
        SignedIn.as("admin " + other, Roles.ADMIN);
        assertThat(bank.reject(authors.id()).status()).isEqualTo(QuestionStatus.REJECTED);
    }

    @Test
    void aRejectOfAGeneratedQuestionIsRecordedWithItsTeacherAndLeavesAnotherTeachersQuizAlone() {
        KeyedQuestion generated = bank.questionsOf(fixture.articleId()).stream()
                .filter(q -> !q.own())
                .findFirst()
                .orElseThrow();
        long quizId = quizzes.create(new QuizDraft("Mine", List.of(generated.id()), QuizSettings.DEFAULT));

        SignedIn.as(other, Roles.TEACHER);
        KeyedQuestion rejected = bank.reject(generated.id());
        assertThat(rejected.decidedBy()).isEqualTo(accounts.currentAccountId());

        fixture.asTeacher();
        assertThat(quizzes.draftOf(quizId).questionIds()).containsExactly(generated.id());
        quizzes.update(quizId, new QuizDraft("Mine, renamed", List.of(generated.id()), QuizSettings.DEFAULT));
        assertThat(quizzes.draftOf(quizId).title()).isEqualTo("Mine, renamed");
        assertThatThrownBy(() -> quizzes.create(new QuizDraft("New", List.of(generated.id()), QuizSettings.DEFAULT)))
                .hasMessageContaining("rejected");
    }
}
