package org.sourcewise.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcewise.bank.AnswerKey;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionTitles;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.practice.ClassAttempts;
import org.sourcewise.practice.TakenAttempt;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A teacher's results of their own classes: who answered what, in each student's latest attempt at each quiz. */
@Service
@Transactional(readOnly = true)
public class ClassResults {

    private static final String UNREADABLE = "(a question that can no longer be shown; see the log)";

    private final ClassAttempts attempts;
    private final ClassroomService classrooms;
    private final QuizService quizzes;
    private final BankQuestions bank;

    ClassResults(ClassAttempts attempts, ClassroomService classrooms, QuizService quizzes, BankQuestions bank) {
        this.attempts = attempts;
        this.classrooms = classrooms;
        this.quizzes = quizzes;
        this.bank = bank;
    }

    /** Every student of one of the teacher's classes against every quiz assigned to it: their latest attempt. */
    @PreAuthorize(Roles.A_TEACHER)
    public List<StudentResult> resultsOf(long classroomId) {
        List<StudentSummary> students = classrooms.studentsOf(classroomId);
        List<AssignedQuiz> assigned = quizzes.quizzesOf(classroomId);
        Map<List<Long>, TakenAttempt> latest = attempts.latestOf(classroomId);
        List<StudentResult> results = new ArrayList<>();
        for (AssignedQuiz quiz : assigned) {
            for (StudentSummary student : students) {
                TakenAttempt attempt = latest.get(List.of(quiz.quizId(), student.id()));
                results.add(new StudentResult(
                        student.id(),
                        student.name(),
                        quiz.quizId(),
                        quiz.title(),
                        attempt == null ? null : attempt.id(),
                        attempt == null ? 0 : attempt.right(),
                        attempt == null ? 0 : attempt.answers().size(),
                        quiz.questionIds().size(),
                        attempt == null ? null : attempt.finishedAt()));
            }
        }
        return results;
    }

    /** What every student of one of the teacher's classes answered, in their latest attempt, to one of its quizzes. */
    @PreAuthorize(Roles.A_TEACHER)
    public QuizResponses responsesTo(long classroomId, long quizId) {
        List<StudentSummary> students = classrooms.studentsOf(classroomId);
        AssignedQuiz quiz = quizzes.quizzesOf(classroomId).stream()
                .filter(q -> q.quizId() == quizId)
                .findFirst()
                .orElseThrow(() -> new QuizException("This quiz is not assigned to this class."));
        Map<Long, KeyedQuestion> questions = bank.byId(quiz.questionIds());
        List<QuizResponses.Item> items = IntStream.range(0, quiz.questionIds().size())
                .mapToObj(position ->
                        item(position, questions.get(quiz.questionIds().get(position))))
                .toList();
        Map<List<Long>, TakenAttempt> latest = attempts.latestOf(classroomId);
        List<QuizResponses.Student> rows = students.stream()
                .map(student -> {
                    TakenAttempt attempt = latest.get(List.of(quizId, student.id()));
                    List<QuizResponses.Response> responses = new ArrayList<>(Collections.nCopies(items.size(), null));
                    // An attempt asks the quiz's questions shuffled, or without those awaiting review: by id, not
                    // position.
                    for (TakenAttempt.Answer answer :
                            attempt == null ? List.<TakenAttempt.Answer>of() : attempt.answers()) {
                        int inQuiz = quiz.questionIds().indexOf(answer.questionId());
                        if (inQuiz >= 0 && questions.containsKey(answer.questionId())) {
                            responses.set(
                                    inQuiz,
                                    new QuizResponses.Response(
                                            answer.given(), answer.correct(), answer.answeredAt(), answer.spent()));
                        }
                    }
                    return new QuizResponses.Student(student.name(), responses);
                })
                .toList();
        return new QuizResponses(quiz.title(), items, rows);
    }

    private static QuizResponses.Item item(int position, @Nullable KeyedQuestion question) {
        return question == null
                ? new QuizResponses.Item(position, UNREADABLE)
                : new QuizResponses.Item(
                        position,
                        QuestionTitles.of(question),
                        question.stem(),
                        String.join(
                                "; ",
                                AnswerKey.of(question).stream()
                                        .map(AnswerKey.Line::text)
                                        .toList()),
                        AnswerKey.right(question));
    }
}
