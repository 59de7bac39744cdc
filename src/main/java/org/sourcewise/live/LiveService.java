package org.sourcewise.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sourcewise.account.AccountService;
import org.sourcewise.classroom.ClassroomException;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.ClassroomSummary;
import org.sourcewise.live.LivePlan.Counting;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The teacher's side of live sessions: a teacher plays any quiz they may use (their own or one from a quiz file) with
 * one of their classes and moves it on; the students' side is {@link LiveSeats}. Each step is taken on the stored
 * session ({@link LiveStore}), then applied to this node's copy ({@link LiveChanges}), which other nodes hear of.
 * <p>
 * Who may do what: a teacher, and only on the sessions their own account started.
 */
@Service
@EnableConfigurationProperties(LiveSettings.class)
public class LiveService {

    private final LiveRegistry registry;
    private final LiveQuestions questions;
    private final LiveChanges changes;
    private final LiveStore store;
    private final QuizService quizzes;
    private final ClassroomService classrooms;
    private final PracticeService practice;
    private final AccountService accounts;
    private final Clock clock = Clock.systemUTC();

    LiveService(
            LiveRegistry registry,
            LiveQuestions questions,
            LiveChanges changes,
            LiveStore store,
            QuizService quizzes,
            ClassroomService classrooms,
            PracticeService practice,
            AccountService accounts) {
        this.registry = registry;
        this.questions = questions;
        this.changes = changes;
        this.store = store;
        this.quizzes = quizzes;
        this.classrooms = classrooms;
        this.practice = practice;
        this.accounts = accounts;
    }

    /** A quiz and a class of the teacher's, ready to play: what {@link #plan} tells and {@link #start} plays. */
    private record Prepared(LivePlan plan, QuizDraft quiz, List<PlayedQuestion> played) {}

    /** What a live session of this quiz with this class would play, and where the students' answers would count. */
    @PreAuthorize(Roles.A_TEACHER)
    public LivePlan plan(long classroomId, long quizId) {
        return prepare(classroomId, quizId).plan();
    }

    /**
     * Starts a live session of a quiz the teacher may use with one of their classes. Only questions with choices and
     * one right answer can be played live, generated or a teacher's own (see {@link LiveChoices}); the others are
     * skipped and counted on the teacher's screen. The signed-in students' answers count in the class's reports only
     * when the quiz is assigned to the class and not past its due date ({@link LivePlan.Counting}).
     */
    @PreAuthorize(Roles.A_TEACHER)
    public long start(long classroomId, long quizId, int secondsPerQuestion) {
        if (secondsPerQuestion < LiveLimits.MIN_SECONDS || secondsPerQuestion > LiveLimits.MAX_SECONDS) {
            throw new LiveException(
                    "Give " + LiveLimits.MIN_SECONDS + " to " + LiveLimits.MAX_SECONDS + " seconds per question.");
        }
        Prepared prepared = prepare(classroomId, quizId);
        List<PlayedQuestion> played = prepared.played();
        if (played.isEmpty()) {
            throw new LiveException("None of this quiz's questions can be played live: only questions with one right"
                    + " choice among several are; the others need the practice player.");
        }
        long teacherId = accounts.currentAccountId();
        String code = registry.unusedCode();
        return store.create(new LiveSessionRecord(
                code,
                quizId,
                classroomId,
                teacherId,
                prepared.quiz().title(),
                secondsPerQuestion,
                PlayedQuestions.write(played),
                played.size(),
                prepared.plan().skipped(),
                prepared.plan().counting() == Counting.IN_REPORTS,
                clock.instant()));
    }

    private Prepared prepare(long classroomId, long quizId) {
        ClassroomSummary classroom;
        QuizDraft quiz;
        Optional<AssignedQuiz> assigned;
        try {
            classroom = classrooms.myClassroom(classroomId);
            quiz = quizzes.draftOf(quizId);
            assigned = quizzes.quizzesOf(classroomId).stream()
                    .filter(q -> q.quizId() == quizId)
                    .findFirst();
        } catch (ClassroomException | QuizException e) {
            throw new LiveException(e.getMessage());
        }
        Counting counting = assigned.isEmpty()
                ? Counting.NOT_ASSIGNED
                : assigned.get().settings().dueBefore(Instant.now()) ? Counting.PAST_DUE : Counting.IN_REPORTS;
        List<PlayedQuestion> played = questions.playable(quiz.questionIds());
        LivePlan plan = new LivePlan(
                classroom.name(),
                quiz.title(),
                played.size(),
                quiz.questionIds().size() - played.size(),
                counting);
        return new Prepared(plan, quiz, played);
    }

    /** One of the teacher's running sessions for their screen to follow (see {@link HostFeed}). */
    @PreAuthorize(Roles.A_TEACHER)
    public HostFeed follow(long sessionId) {
        LiveSession session = own(sessionId);
        return new HostFeed() {
            @Override
            public HostScreen screen() {
                return session.hostScreen();
            }

            @Override
            public boolean running() {
                return session.phase() != LivePhase.ENDED;
            }
        };
    }

    /** Whether one of the teacher's sessions is still running here, or only its stored results remain. */
    @PreAuthorize(Roles.A_TEACHER)
    public boolean isRunning(long sessionId) {
        return registry.byId(sessionId)
                .filter(session -> session.teacherId == accounts.currentAccountId())
                .filter(session -> session.phase() != LivePhase.ENDED)
                .isPresent();
    }

    /** Moves one of the teacher's sessions on: open the next question, close it, show the answer, the scores. */
    @PreAuthorize(Roles.A_TEACHER)
    public void next(long sessionId) {
        LiveSession session = own(sessionId);
        changes.paced(session, store.advance(sessionId));
    }

    @PreAuthorize(Roles.A_TEACHER)
    public void showLeaderboard(long sessionId, LeaderboardMode mode) {
        LiveSession session = own(sessionId);
        changes.paced(session, store.showLeaderboard(sessionId, mode));
    }

    /** Removes a participant from one of the teacher's sessions: their seat stops answering and leaves the scores. */
    @PreAuthorize(Roles.A_TEACHER)
    public void remove(long sessionId, long participantId) {
        LiveSession session = own(sessionId);
        store.markRemoved(sessionId, participantId);
        changes.removed(session, participantId);
    }

    /**
     * Ends one of the teacher's sessions; its results stay in the database, and its signed-in students' attempts are
     * closed, since the projector has shown every key.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public void end(long sessionId) {
        LiveSession session = own(sessionId);
        changes.paced(session, store.end(sessionId));
        if (session.countsInReports) {
            practice.finishLiveAttempts(session.classroomId, session.quizId, store.attemptIds(sessionId));
        }
    }

    /** One of the teacher's sessions as stored, running or not: who joined and what they scored. */
    @PreAuthorize(Roles.A_TEACHER)
    public SessionSummary summary(long sessionId) {
        LiveSessionRecord stored = store.session(sessionId);
        if (stored == null || stored.getTeacherId() != accounts.currentAccountId()) {
            throw new LiveException("There is no such live session among yours.");
        }
        boolean running = stored.getEndedAt() == null;
        List<LiveResult> results = store.results(sessionId);
        // Sessions stored before the count was kept played at least as many questions as anyone answered.
        int questionCount = stored.getQuestionCount() != null
                ? stored.getQuestionCount()
                : results.stream().mapToInt(LiveResult::answered).max().orElse(0);
        return new SessionSummary(
                sessionId,
                stored.getTitle(),
                stored.getStartedAt(),
                stored.getEndedAt(),
                running,
                questionCount,
                results);
    }

    /** One of the signed-in teacher's running sessions, by the account that started it. */
    private LiveSession own(long sessionId) {
        return registry.byId(sessionId)
                .filter(session -> session.teacherId == accounts.currentAccountId())
                .orElseThrow(() -> new LiveException("There is no such live session among yours."));
    }
}
