package org.sourcewise.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.account.AccountService;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.gift.Gift;
import org.sourcewise.gift.GiftQuiz;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quizzes: built by teachers from the questions of any articles, or loaded from the GIFT files in quizzes/, and
 * assigned to classes. A teacher builds, changes and assigns only their own quizzes (and those from files) and
 * assigns only to their own classes; a student sees what is assigned to their classes.
 */
@Service
@Transactional
public class QuizService {

    private final QuizRepository quizzes;
    private final QuizAssignmentRepository assignments;
    private final BankQuestions bank;
    private final ClassroomService classrooms;
    private final ArticleService articles;
    private final AccountService accounts;
    private final QuizFileProblems fileProblems;

    QuizService(
            QuizRepository quizzes,
            QuizAssignmentRepository assignments,
            BankQuestions bank,
            ClassroomService classrooms,
            ArticleService articles,
            AccountService accounts,
            QuizFileProblems fileProblems) {
        this.quizzes = quizzes;
        this.assignments = assignments;
        this.bank = bank;
        this.classrooms = classrooms;
        this.articles = articles;
        this.accounts = accounts;
        this.fileProblems = fileProblems;
    }

    /**
     * Makes a quiz of an article's questions (all that students may meet, in bank order: those a teacher accepted,
     * edited or wrote, and those above the confidence threshold where the article lets them through) and assigns it to one of the
     * teacher's classes, in one transaction.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public AssignedQuiz assignArticle(long articleId, String title, long classroomId) {
        if (articles.findForReading(articleId).isEmpty()) {
            throw new QuizException("This article no longer exists.");
        }
        List<Long> questionIds =
                bank.askable(articleId).stream().map(KeyedQuestion::id).toList();
        if (questionIds.isEmpty()) {
            throw new QuizException("No question of this article reaches students yet: accept some on its review page"
                    + " (or let all those above the confidence threshold through there). If it was added just now, its"
                    + " analysis may still be running.");
        }
        long quizId = create(new QuizDraft(title, questionIds, QuizSettings.DEFAULT));
        return assign(quizId, classroomId);
    }

    /** Saves a new quiz of the signed-in teacher's and returns its id. */
    @PreAuthorize(Roles.A_TEACHER)
    public long create(QuizDraft draft) {
        checkQuestions(draft, List.of());
        return quizzes.save(new Quiz(accounts.currentAccountId(), draft)).getId();
    }

    /** Changes one of the teacher's quizzes; attempts already started keep the questions they started with. */
    @PreAuthorize(Roles.A_TEACHER)
    public void update(long quizId, QuizDraft draft) {
        Quiz quiz = quizzes.findById(quizId)
                .filter(q -> q.ownedBy(accounts.currentAccountId()))
                .orElseThrow(() -> new QuizException("There is no such quiz among yours; a quiz from a file is"
                        + " changed in its file, or copied."));
        checkQuestions(draft, quiz.getQuestionIds());
        quiz.change(draft);
    }

    /** The teacher's own quizzes and those loaded from files, by title. */
    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public List<QuizSummary> myQuizzes() {
        return quizzes.findByTeacherIdOrSourceFileNotNullOrderByTitle(accounts.currentAccountId()).stream()
                .map(Quiz::summary)
                .toList();
    }

    /** A quiz the teacher may use, as a draft to change (their own) or to copy (any they may use). */
    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public QuizDraft draftOf(long quizId) {
        return usable(quizId).draft();
    }

    /** Assigns a quiz the teacher may use to one of their classes; assigning it again changes nothing. */
    @PreAuthorize(Roles.A_TEACHER)
    public AssignedQuiz assign(long quizId, long classroomId) {
        ClassroomSummary classroom = classrooms.myClassroom(classroomId);
        if (classroom.archived()) {
            throw new QuizException("This class is archived; quizzes can no longer be assigned to it.");
        }
        Quiz quiz = usable(quizId);
        QuizAssignment assignment = assignments
                .findById(new QuizAssignment.Key(quizId, classroomId))
                .orElseGet(() -> assignments.save(new QuizAssignment(quizId, classroomId)));
        return view(quiz, assignment, classroom.name());
    }

    /** The quiz in Moodle's GIFT format, to take to Moodle or keep in quizzes/. */
    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public String exportGift(long quizId) {
        return Gift.write(asGift(usable(quizId)));
    }

    /** The quiz as a Moodle XML question file. */
    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public String exportMoodleXml(long quizId) {
        return Gift.toMoodleXml(asGift(usable(quizId)));
    }

    /** What went wrong loading the files in quizzes/ at the last start, one line each with file, line and column. */
    @PreAuthorize(Roles.STAFF)
    public List<String> fileProblems() {
        return fileProblems.all();
    }

    /** The quizzes assigned to one of the teacher's classes, newest first. */
    @PreAuthorize(Roles.A_TEACHER)
    @Transactional(readOnly = true)
    public List<AssignedQuiz> quizzesOf(long classroomId) {
        ClassroomSummary classroom = classrooms.myClassroom(classroomId);
        return assigned(Map.of(classroomId, classroom.name()));
    }

    /** The quizzes assigned to the signed-in student's classes, newest first. */
    @PreAuthorize(Roles.A_STUDENT)
    @Transactional(readOnly = true)
    public List<AssignedQuiz> assignedToMe() {
        // A quiz given to two of the student's classes is one quiz to them.
        Map<Long, AssignedQuiz> once = new LinkedHashMap<>();
        assigned(classrooms.myClassroomsAsStudent()).forEach(quiz -> once.putIfAbsent(quiz.quizId(), quiz));
        return List.copyOf(once.values());
    }

    /** One quiz of the signed-in student's classes; refused, as if it did not exist, for any other quiz. */
    @PreAuthorize(Roles.A_STUDENT)
    @Transactional(readOnly = true)
    public AssignedQuiz assignedQuiz(long quizId) {
        return assignedToMe().stream()
                .filter(q -> q.quizId() == quizId)
                .findFirst()
                .orElseThrow(() -> new QuizException("There is no such quiz among those assigned to you."));
    }

    /** How a quiz is played; nothing in it is secret, and a student's attempt must follow it. */
    @PreAuthorize(Roles.A_STUDENT)
    @Transactional(readOnly = true)
    public QuizSettings settingsOf(long quizId) {
        return quizzes.findById(quizId).map(Quiz::settings).orElse(QuizSettings.DEFAULT);
    }

    private Quiz usable(long quizId) {
        return quizzes.findById(quizId)
                .filter(q -> q.usableBy(accounts.currentAccountId()))
                .orElseThrow(() -> new QuizException("There is no such quiz among yours."));
    }

    private GiftQuiz asGift(Quiz quiz) {
        Map<Long, KeyedQuestion> byId = bank.byId(quiz.getQuestionIds());
        return GiftExport.of(
                quiz.getTitle(),
                quiz.getQuestionIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /**
     * A quiz takes only questions students may meet; those it already has may stay whatever their review says since,
     * so that one teacher's reject never takes a question out of another teacher's quiz (decision 0007).
     */
    private void checkQuestions(QuizDraft draft, List<Long> kept) {
        Map<Long, KeyedQuestion> found = bank.byId(draft.questionIds());
        if (found.size() != draft.questionIds().size()
                || !found.values().stream()
                        .allMatch(question -> question.reachesStudents() || kept.contains(question.id()))) {
            throw new QuizException("Some questions of this quiz were rejected, removed or wait for a teacher's check;"
                    + " take them out and save again.");
        }
    }

    private List<AssignedQuiz> assigned(Map<Long, String> classroomNames) {
        if (classroomNames.isEmpty()) {
            return List.of();
        }
        List<QuizAssignment> given = assignments.findByKeyClassroomIdInOrderByAssignedAtDesc(classroomNames.keySet());
        Map<Long, Quiz> byId = quizzes
                .findAllById(given.stream().map(a -> a.getKey().quizId()).toList())
                .stream()
                .collect(Collectors.toMap(Quiz::getId, Function.identity()));
        return given.stream()
                .map(a -> view(
                        Objects.requireNonNull(byId.get(a.getKey().quizId()), "an assignment's quiz exists"),
                        a,
                        Objects.requireNonNull(
                                classroomNames.get(a.getKey().classroomId()), "the assignment is to one of these")))
                .toList();
    }

    private static AssignedQuiz view(Quiz quiz, QuizAssignment assignment, String classroomName) {
        return new AssignedQuiz(
                quiz.getId(),
                quiz.getTitle(),
                assignment.getKey().classroomId(),
                classroomName,
                assignment.getAssignedAt(),
                quiz.getQuestionIds(),
                quiz.settings());
    }
}
