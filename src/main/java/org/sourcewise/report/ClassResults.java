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
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.practice.ClassAttempts;
import org.sourcewise.practice.TakenAttempt;
import org.sourcewise.quiz.AssignedQuiz;
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
    private final BankQuestions bank;

    ClassResults(ClassAttempts attempts, BankQuestions bank) {
        this.attempts = attempts;
        this.bank = bank;
    }

    /** Every student of one of the teacher's classes against every quiz assigned to it: their latest attempt. */
    @PreAuthorize(Roles.A_TEACHER)
    public List<StudentResult> resultsOf(long classroomId) {
        ClassAttempts.OfClass read = attempts.ofClass(classroomId);
        List<StudentResult> results = new ArrayList<>();
        for (AssignedQuiz quiz : read.quizzes()) {
            for (StudentSummary student : read.students()) {
                TakenAttempt attempt = read.latest(quiz.quizId(), student.id());
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
        ClassAttempts.OfClass read = attempts.ofQuiz(classroomId, quizId);
        AssignedQuiz quiz = read.quizzes().getFirst();
        Map<Long, KeyedQuestion> questions = bank.byId(quiz.questionIds());
        List<QuizResponses.Item> items = IntStream.range(0, quiz.questionIds().size())
                .mapToObj(position ->
                        item(position, questions.get(quiz.questionIds().get(position))))
                .toList();
        List<QuizResponses.Student> rows = read.students().stream()
                .map(student -> {
                    TakenAttempt attempt = read.latest(quizId, student.id());
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
