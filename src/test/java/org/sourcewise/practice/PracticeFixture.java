package org.sourcewise.practice;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.sourcewise.SignedIn;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.article.ArticleDetails;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.QuestionBankWriter;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A teacher with a class, a student in it, and a quiz on the budget article assigned to the class, all made through
 * the real services; the article lets every question above the confidence threshold through. Names carry a number, so that tests sharing one application context never collide.
 */
public record PracticeFixture(
        ApplicationContext context,
        String teacher,
        String student,
        long articleId,
        long classroomId,
        String joinCode,
        long quizId,
        String quizTitle) {

    public static final String PASSWORD = "a long enough password";
    private static final AtomicInteger NEXT = new AtomicInteger();

    public static PracticeFixture create(ApplicationContext context) {
        PracticeFixture fixture = withoutStudent(context);
        fixture.joinStudent(fixture.student());
        return fixture;
    }

    /** The same, but the student named has not joined yet: a browser test has them sign up. */
    public static PracticeFixture withoutStudent(ApplicationContext context) {
        int n = NEXT.incrementAndGet();
        String teacher = "teacher " + n;
        String student = "student " + n;
        AccountService accounts = context.getBean(AccountService.class);
        SignedIn.as("head", Roles.ADMIN);
        accounts.createAccount(new NewAccount(teacher, "Teacher " + n, PASSWORD, Roles.TEACHER));
        SignedIn.as(teacher, Roles.TEACHER);
        long articleId = context.getBean(ArticleService.class)
                .importArticle(
                        new ArticleDetails("Budget day " + n, "The Test Times", null, BudgetArticle.PUBLISHED),
                        BudgetArticle.TEXT,
                        BudgetArticle.TEXT);
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status -> context.getBean(QuestionBankWriter.class)
                        .regenerate(
                                articleId,
                                BudgetArticle.ARTICLE,
                                BudgetArticle.PUBLISHED,
                                BudgetArticle.RESULT,
                                List.of()));
        // The tests of quizzes and practice want every question the engine is sure of, not a teacher's pick.
        context.getBean(QuestionBankService.class).openTrustedQuestions(articleId, true);
        ClassroomSummary classroom = context.getBean(ClassroomService.class).createClassroom("Class " + n);
        String quizTitle = "Budget quiz " + n;
        long quizId = context.getBean(QuizService.class)
                .assignArticle(articleId, quizTitle, classroom.id())
                .quizId();
        SignedIn.nobody();
        return new PracticeFixture(
                context, teacher, student, articleId, classroom.id(), classroom.joinCode(), quizId, quizTitle);
    }

    public void asTeacher() {
        SignedIn.as(teacher, Roles.TEACHER);
    }

    public void asStudent() {
        SignedIn.as(student, Roles.STUDENT);
    }

    /**
     * As the student, takes the class's quiz to its end, answering every question with its first choice (in the
     * order shown, for an ordering question); returns the attempt.
     */
    public long finishQuiz() {
        asStudent();
        PracticeService practice = context.getBean(PracticeService.class);
        long attemptId = practice.startQuiz(quizId);
        for (PlayerQuestion question : practice.attempt(attemptId).questions()) {
            List<Integer> response = question.type() == QuestionType.TIME_ORDER
                    ? IntStream.range(0, question.choices().size()).boxed().toList()
                    : List.of(0);
            practice.answer(attemptId, question.position(), Response.choosing(response));
        }
        return attemptId;
    }

    /** Signs a student up to the class with its code, as the join page does. */
    public String joinStudent(String name) {
        SignedIn.nobody();
        context.getBean(ClassroomService.class).joinAsNewStudent(joinCode, name, PASSWORD, "127.0.0.1");
        return name;
    }
}
