package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.analysis.Statement;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.questions.BudgetArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** Which generated questions reach students before a teacher's accept, through the real services and H2. */
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class ReviewGateTest {

    private static final String DOUBTFUL = "Rachel Notley";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private BankQuestions students;

    private PracticeFixture fixture;

    /** The budget article with the engine unsure who made one of its statements. */
    @BeforeEach
    void anArticleWithOneDoubtfulSpeaker() {
        fixture = PracticeFixture.create(context);
        List<Statement> statements = new ArrayList<>();
        for (Statement s : BudgetArticle.RESULT.statements()) {
            Provenance provenance = s.speaker().name().equals(DOUBTFUL)
                    ? new Provenance("reporting-verb", "pronoun", null, 0.4, 0.0)
                    : new Provenance("reporting-verb", "name", null, 0.95, 0.0);
            statements.add(new Statement(s.speaker(), s.content(), s.kind(), s.saidOn(), s.contentSpan(), s.evidence(),
                    s.cue(), provenance));
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.getBean(QuestionBankWriter.class)
                .regenerate(fixture.articleId(), BudgetArticle.ARTICLE, BudgetArticle.PUBLISHED,
                        new ExtractionResult(statements, List.of()), List.of()));
        fixture.asTeacher();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private List<BankQuestionView> aboutTheDoubtfulSpeaker() {
        return bank.questionsOf(fixture.articleId()).stream()
                .filter(q -> DOUBTFUL.equals(q.speakerName()) && q.status() == QuestionStatus.GENERATED).toList();
    }

    @Test
    void aQuestionOnADoubtfulSpeakerIsMarkedForACheckAndNeverReachesStudentsUnaccepted() {
        assertThat(aboutTheDoubtfulSpeaker()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.check()).isEqualTo(ReviewCheck.SPEAKER);
            assertThat(q.reachesStudents()).isFalse();
        });
        assertThat(students.askable(fixture.articleId())).noneMatch(q -> DOUBTFUL.equals(q.speakerName()));
    }

    @Test
    void acceptingAQuestionMarkedForACheckLetsStudentsMeetIt() {
        BankQuestionView doubtful = aboutTheDoubtfulSpeaker().getFirst();

        bank.accept(doubtful.id());

        assertThat(students.askable(fixture.articleId())).extracting(BankQuestionView::id).contains(doubtful.id());
    }

    @Test
    void questionsTheEngineIsSureOfReachStudentsUntilTheTeacherClosesTheArticleToUnacceptedOnes() {
        assertThat(students.askable(fixture.articleId())).isNotEmpty();

        bank.openTrustedQuestions(fixture.articleId(), false);

        assertThat(bank.trustedQuestionsOpen(fixture.articleId())).isFalse();
        assertThat(students.askable(fixture.articleId())).isEmpty();
        assertThat(bank.questionsStudentsMeet(fixture.articleId())).isEmpty();
    }
}
