package org.sourcewise.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.analysis.ExtractionResult;
import org.sourcewise.analysis.Provenance;
import org.sourcewise.analysis.Statement;
import org.sourcewise.gift.Gift;
import org.sourcewise.practice.PlayerQuestion;
import org.sourcewise.practice.PracticeException;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.testdata.ArticleBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Which questions reach students, through the real services and H2: a generated one only once a teacher accepted it,
 * unless its article lets through those above the confidence threshold (decision 0010); a teacher's own and a quiz
 * file's at once. Every way a student meets questions (free practice, an article assigned to a class, a quiz
 * built from picks, a quiz already made) follows that one rule.
 */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class ReviewGateTest {

    private static final String DOUBTFUL = "Rachel Notley";

    @Autowired
    private ApplicationContext context;

    @Autowired
    private QuestionBankService bank;

    @Autowired
    private BankQuestions students;

    @Autowired
    private QuizService quizzes;

    @Autowired
    private PracticeService practice;

    private PracticeFixture fixture;
    private long articleId;

    /** A new budget article nobody reviewed, with the engine unsure who made one of its statements. */
    @BeforeEach
    void anUnreviewedArticleWithOneDoubtfulSpeaker() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        List<Statement> statements = new ArrayList<>();
        for (Statement s : BudgetArticle.RESULT.statements()) {
            Provenance provenance = s.speaker().name().equals(DOUBTFUL)
                    ? new Provenance("reporting-verb", "pronoun", null, 0.4, 0.0)
                    : new Provenance("reporting-verb", "name", null, 0.95, 0.0);
            statements.add(new Statement(
                    s.speaker(),
                    s.content(),
                    s.kind(),
                    s.saidOn(),
                    s.contentSpan(),
                    s.evidence(),
                    s.cue(),
                    provenance));
        }
        articleId = ArticleBuilder.anArticle(context)
                .titled("Unreviewed budget " + fixture.quizTitle())
                .questionsFrom(new ExtractionResult(statements, List.of()))
                .create();
    }

    private List<KeyedQuestion> generated() {
        return bank.questionsOf(articleId).stream().filter(q -> !q.own()).toList();
    }

    private KeyedQuestion sure() {
        return generated().stream().filter(q -> q.check() == null).findFirst().orElseThrow();
    }

    private List<KeyedQuestion> aboutTheDoubtfulSpeaker() {
        return generated().stream()
                .filter(q -> DOUBTFUL.equals(q.speakerName()))
                .toList();
    }

    private static List<Long> ids(List<KeyedQuestion> questions) {
        return questions.stream().map(KeyedQuestion::id).toList();
    }

    @Test
    void noGeneratedQuestionReachesStudentsBeforeATeacherAcceptsItEvenWhenTheEngineIsSure() {
        assertThat(bank.trustedQuestionsOpen(articleId)).isFalse();
        assertThat(generated())
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.reachesStudents()).isFalse());
        assertThat(students.askable(articleId)).isEmpty();
        assertThat(bank.questionsStudentsMeet(articleId)).isEmpty();
    }

    @Test
    void anAcceptedGeneratedQuestionReachesStudents() {
        KeyedQuestion question = sure();

        bank.accept(question.id());

        assertThat(ids(students.askable(articleId))).containsExactly(question.id());
        assertThat(ids(bank.questionsStudentsMeet(articleId))).containsExactly(question.id());
    }

    @Test
    void usingAllQuestionsAboveTheThresholdLetsThroughThoseTheEngineIsSureOfButNotThoseMarkedForACheck() {
        bank.openTrustedQuestions(articleId, true);

        assertThat(bank.trustedQuestionsOpen(articleId)).isTrue();
        assertThat(students.askable(articleId))
                .isNotEmpty()
                .allSatisfy(q -> assertThat(q.check()).isNull());
        assertThat(aboutTheDoubtfulSpeaker()).isNotEmpty().allSatisfy(q -> {
            assertThat(q.check()).isEqualTo(ReviewCheck.SPEAKER);
            assertThat(q.reachesStudents()).isFalse();
        });
    }

    @Test
    void aQuestionMarkedForACheckReachesStudentsOnceAccepted() {
        bank.openTrustedQuestions(articleId, true);
        KeyedQuestion doubtful = aboutTheDoubtfulSpeaker().getFirst();

        bank.accept(doubtful.id());

        assertThat(ids(students.askable(articleId))).contains(doubtful.id());
    }

    @Test
    void aTeachersOwnQuestionReachesStudentsWithoutAnAccept() {
        KeyedQuestion own = bank.write(
                articleId,
                new WrittenQuestion.Gifted(Gift.parse("Did the minister speak about the budget? {TRUE}")
                        .questions()
                        .getFirst()),
                List.of());

        assertThat(own.reachesStudents()).isTrue();
        assertThat(ids(students.askable(articleId))).containsExactly(own.id());
    }

    @Test
    void aQuizFilesQuestionReachesStudentsWithoutAnAccept() {
        List<Long> stored = students.storeFromFile(
                "gate-test.gift",
                articleId,
                BudgetArticle.TEXT,
                Gift.parse("Who presented the budget? {=the minister ~the mayor}")
                        .questions());

        assertThat(ids(students.askable(articleId))).containsExactlyElementsOf(stored);
    }

    @Test
    void assigningAnArticleWithNoAcceptedQuestionToAClassIsRefusedWithAMessage() {
        assertThatThrownBy(() -> quizzes.assignArticle(articleId, "Too early", fixture.classroomId()))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("accept some on its review page");
    }

    @Test
    void assigningAnArticleToAClassTakesOnlyItsAcceptedQuestions() {
        KeyedQuestion accepted = sure();
        bank.accept(accepted.id());

        long quizId = quizzes.assignArticle(articleId, "Accepted only", fixture.classroomId())
                .quizId();

        assertThat(quizzes.draftOf(quizId).questionIds()).containsExactly(accepted.id());
    }

    @Test
    void aQuizCannotTakeAGeneratedQuestionNobodyAccepted() {
        QuizDraft draft = new QuizDraft("Picked", List.of(sure().id()), QuizSettings.DEFAULT);

        assertThatThrownBy(() -> quizzes.create(draft)).isInstanceOf(QuizException.class);
    }

    @Test
    void freePracticeOnAnArticleWithNothingAcceptedIsRefusedWithAMessage() {
        fixture.asStudent();

        assertThatThrownBy(() -> practice.startPractice(articleId))
                .isInstanceOf(PracticeException.class)
                .hasMessageContaining("a teacher checks them");
    }

    @Test
    void aQuestionThatWentBackToReviewIsLeftOutOfANewAttemptAtAQuizThatHoldsIt() {
        List<KeyedQuestion> two =
                generated().stream().filter(q -> q.check() == null).limit(2).toList();
        two.forEach(q -> bank.accept(q.id()));
        long quizId = quizzes.create(new QuizDraft("Two accepted", ids(two), QuizSettings.DEFAULT));
        quizzes.assign(quizId, fixture.classroomId());
        bank.reopen(two.get(1).id());

        fixture.asStudent();
        long attemptId = practice.startQuiz(quizId);

        assertThat(practice.attempt(attemptId).questions())
                .extracting(PlayerQuestion::stem)
                .containsExactly(two.getFirst().stem());
    }
}
