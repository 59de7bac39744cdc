package org.sourcewise.practice;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attempts of a class's students at the quizzes assigned to it, for the teacher's reports; only a teacher of the
 * class reads them (the class's students and quizzes are looked up as theirs, which refuses any other class).
 */
@Service
@Transactional(readOnly = true)
public class ClassAttempts {

    private static final Logger log = LoggerFactory.getLogger(ClassAttempts.class);

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final BankQuestions bank;
    private final ClassroomService classrooms;
    private final QuizService quizzes;

    ClassAttempts(
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            BankQuestions bank,
            ClassroomService classrooms,
            QuizService quizzes) {
        this.attempts = attempts;
        this.answers = answers;
        this.bank = bank;
        this.classrooms = classrooms;
        this.quizzes = quizzes;
    }

    /**
     * A class's students and the quizzes read, with each student's latest attempt at each, by (quiz id, student id):
     * what a report needs, read once.
     */
    public record OfClass(
            List<StudentSummary> students, List<AssignedQuiz> quizzes, Map<List<Long>, TakenAttempt> byQuizAndStudent) {

        public OfClass {
            students = List.copyOf(students);
            quizzes = List.copyOf(quizzes);
            byQuizAndStudent = Map.copyOf(byQuizAndStudent);
        }

        /** The student's latest attempt at the quiz; null when they have not started it. */
        public @Nullable TakenAttempt latest(long quizId, long studentId) {
            return byQuizAndStudent.get(List.of(quizId, studentId));
        }
    }

    /** One of the teacher's classes, with every quiz assigned to it. */
    @PreAuthorize(Roles.A_TEACHER)
    public OfClass ofClass(long classroomId) {
        return read(classrooms.studentsOf(classroomId), quizzes.quizzesOf(classroomId));
    }

    /** One of the teacher's classes, with one of the quizzes assigned to it. */
    @PreAuthorize(Roles.A_TEACHER)
    public OfClass ofQuiz(long classroomId, long quizId) {
        List<StudentSummary> students = classrooms.studentsOf(classroomId);
        AssignedQuiz quiz = quizzes.quizzesOf(classroomId).stream()
                .filter(q -> q.quizId() == quizId)
                .findFirst()
                .orElseThrow(() -> new QuizException("This quiz is not assigned to this class."));
        return read(students, List.of(quiz));
    }

    private OfClass read(List<StudentSummary> students, List<AssignedQuiz> assigned) {
        Map<List<Long>, Attempt> latest = attempts
                .findByQuizIdInAndStudentIdIn(
                        assigned.stream().map(AssignedQuiz::quizId).toList(),
                        students.stream().map(StudentSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(
                        a -> List.of(a.getQuizId(), a.getStudentId()),
                        a -> a,
                        (x, y) -> x.getStartedAt().isAfter(y.getStartedAt()) ? x : y));
        Map<Long, List<AttemptAnswer>> given = answersOf(latest.values());
        Map<Long, KeyedQuestion> questions = bank.byId(latest.values().stream()
                .flatMap(a -> a.getQuestionIds().stream())
                .collect(Collectors.toSet()));
        Map<List<Long>, TakenAttempt> taken = latest.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> taken(e.getValue(), given.getOrDefault(e.getValue().getId(), List.of()), questions)));
        return new OfClass(students, assigned, taken);
    }

    private Map<Long, List<AttemptAnswer>> answersOf(Collection<Attempt> read) {
        return answers.findByKeyAttemptIdIn(read.stream().map(Attempt::getId).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.getId().attemptId()));
    }

    private static TakenAttempt taken(Attempt attempt, List<AttemptAnswer> given, Map<Long, KeyedQuestion> questions) {
        var spent = ThinkingTime.perAnswer(attempt.getStartedAt(), given);
        List<TakenAttempt.Answer> answered = given.stream()
                .map(answer -> {
                    long questionId = attempt.getQuestionIds().get(answer.getPosition());
                    return new TakenAttempt.Answer(
                            answer.getPosition(),
                            questionId,
                            inWords(attempt, questions.get(questionId), answer),
                            answer.isCorrect(),
                            answer.getAnsweredAt(),
                            Objects.requireNonNull(spent.get(answer.getPosition()), "every answer has its time"));
                })
                .toList();
        return new TakenAttempt(
                attempt.getId(),
                Objects.requireNonNull(attempt.getQuizId(), "a class's attempt is at one of its quizzes"),
                attempt.getStudentId(),
                attempt.getQuestionIds(),
                attempt.getFinishedAt(),
                answered);
    }

    /** The answer as the student's review words it; a question that can no longer be read leaves it unsaid. */
    private static String inWords(Attempt attempt, @Nullable KeyedQuestion question, AttemptAnswer answer) {
        if (question == null) {
            return "";
        }
        try {
            return Marker.mark(question, answer.getResponse()).given();
        } catch (RuntimeException e) {
            log.warn(
                    "Attempt {}: the answer to question {} cannot be read: {}",
                    attempt.getId(),
                    question.id(),
                    e.toString());
            return "";
        }
    }
}
