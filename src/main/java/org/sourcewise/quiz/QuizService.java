package org.sourcewise.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.account.AccountService;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestionView;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quizzes and their assignment to classes. A teacher assigns only to their own classes; a student sees what is theirs. */
@Service
@Transactional
public class QuizService {

    private final QuizRepository quizzes;
    private final QuizAssignmentRepository assignments;
    private final BankQuestions bank;
    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final AccountService accounts;

    QuizService(QuizRepository quizzes, QuizAssignmentRepository assignments, BankQuestions bank,
                ClassroomService classrooms, ArticleService articles, AccountService accounts) {
        this.quizzes = quizzes;
        this.assignments = assignments;
        this.bank = bank;
        this.classrooms = classrooms;
        this.articles = articles;
        this.accounts = accounts;
    }

    /**
     * Makes a quiz of an article's questions (all that students may meet, in bank order) and assigns it to one of the
     * teacher's classes, in one transaction.
     */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public AssignedQuiz assignArticle(long articleId, String title, long classroomId) {
        ClassroomSummary classroom = classrooms.myClassroom(classroomId);
        if (classroom.archived()) {
            throw new QuizException("This class is archived; quizzes can no longer be assigned to it.");
        }
        String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (cleanTitle.isEmpty() || cleanTitle.length() > QuizLimits.TITLE) {
            throw new QuizException("A quiz title must be 1 to " + QuizLimits.TITLE + " characters.");
        }
        if (articles.findForReading(articleId).isEmpty()) {
            throw new QuizException("This article no longer exists.");
        }
        List<Long> questionIds = bank.askable(articleId).stream().map(BankQuestionView::id).toList();
        if (questionIds.isEmpty()) {
            throw new QuizException("This article has no questions yet. Its analysis may still be running; try again"
                    + " in a minute.");
        }
        Quiz quiz = quizzes.save(new Quiz(cleanTitle, accounts.currentAccountId(), questionIds));
        QuizAssignment assignment = assignments.save(new QuizAssignment(quiz.getId(), classroomId));
        return view(quiz, assignment, classroom.name());
    }

    /** The quizzes assigned to one of the teacher's classes, newest first. */
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    @Transactional(readOnly = true)
    public List<AssignedQuiz> quizzesOf(long classroomId) {
        ClassroomSummary classroom = classrooms.myClassroom(classroomId);
        return assigned(Map.of(classroomId, classroom.name()));
    }

    /** The quizzes assigned to the signed-in student's classes, newest first. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    @Transactional(readOnly = true)
    public List<AssignedQuiz> assignedToMe() {
        // A quiz given to two of the student's classes is one quiz to them.
        Map<Long, AssignedQuiz> once = new LinkedHashMap<>();
        assigned(classrooms.myClassroomsAsStudent()).forEach(quiz -> once.putIfAbsent(quiz.quizId(), quiz));
        return List.copyOf(once.values());
    }

    /** One quiz of the signed-in student's classes; refused, as if it did not exist, for any other quiz. */
    @PreAuthorize("hasRole('" + Roles.STUDENT + "')")
    @Transactional(readOnly = true)
    public AssignedQuiz assignedQuiz(long quizId) {
        return assignedToMe().stream().filter(q -> q.quizId() == quizId).findFirst()
                .orElseThrow(() -> new QuizException("There is no such quiz among those assigned to you."));
    }

    private List<AssignedQuiz> assigned(Map<Long, String> classroomNames) {
        if (classroomNames.isEmpty()) {
            return List.of();
        }
        List<QuizAssignment> given = assignments.findByKeyClassroomIdInOrderByAssignedAtDesc(classroomNames.keySet());
        Map<Long, Quiz> byId = quizzes.findAllById(given.stream().map(a -> a.getKey().quizId()).toList()).stream()
                .collect(Collectors.toMap(Quiz::getId, Function.identity()));
        return given.stream().map(a -> view(byId.get(a.getKey().quizId()), a, classroomNames.get(a.getKey().classroomId())))
                .toList();
    }

    private static AssignedQuiz view(Quiz quiz, QuizAssignment assignment, String classroomName) {
        return new AssignedQuiz(quiz.getId(), quiz.getTitle(), assignment.getKey().classroomId(), classroomName,
                assignment.getAssignedAt(), quiz.getQuestionIds());
    }
}
