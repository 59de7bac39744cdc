package org.sourcewise.practice;

import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.SignedIn;
import org.sourcewise.questions.BudgetArticle;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.sourcewise.testdata.ArticleBuilder;
import org.sourcewise.testdata.ClassBuilder;
import org.sourcewise.testdata.ClassBuilder.ClassWithStudents;
import org.sourcewise.testdata.People;
import org.sourcewise.testdata.QuizBuilder;
import org.sourcewise.testdata.Unique;
import org.springframework.context.ApplicationContext;

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

    public static final String PASSWORD = People.PASSWORD;

    public static PracticeFixture create(ApplicationContext context) {
        PracticeFixture fixture = withoutStudent(context);
        fixture.joinStudent(fixture.student());
        return fixture;
    }

    /** The same, but the student named has not joined yet: a browser test has them sign up. */
    public static PracticeFixture withoutStudent(ApplicationContext context) {
        int n = Unique.number();
        ClassWithStudents classroom = ClassBuilder.aClass(context)
                .ofTeacher("teacher " + n, "Teacher " + n)
                .named("Class " + n)
                .create();
        // The tests of quizzes and practice want every question the engine is sure of, not a teacher's pick.
        long articleId = ArticleBuilder.anArticle(context)
                .titled("Budget day " + n)
                .questionsFrom(BudgetArticle.RESULT)
                .trustedQuestionsOpen()
                .create();
        String quizTitle = "Budget quiz " + n;
        long quizId = context.getBean(QuizService.class)
                .assignArticle(articleId, quizTitle, classroom.id())
                .quizId();
        SignedIn.nobody();
        return new PracticeFixture(
                context,
                classroom.teacher(),
                "student " + n,
                articleId,
                classroom.id(),
                classroom.joinCode(),
                quizId,
                quizTitle);
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
        return new ClassWithStudents(context, classroomId, joinCode, teacher).join(name);
    }

    /** Another quiz, of these questions, assigned to the class once its teacher, signed in, creates it. */
    public QuizBuilder quiz(List<Long> questionIds) {
        return QuizBuilder.aQuiz(context, questionIds).assignedTo(classroomId);
    }
}
