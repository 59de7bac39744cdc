package org.sourcewise.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sourcewise.account.AccountService;
import org.sourcewise.classroom.ClassroomException;
import org.sourcewise.live.LiveBroadcaster.Audience;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The teacher's side of live sessions: a teacher plays a quiz of their class with the room and moves it on; the
 * students' side is {@link LiveSeats}. The pace lives in memory ({@link LiveSession}, kept by {@link LiveRegistry});
 * participants and answers are saved as they come.
 * <p>
 * Who may do what: a teacher, and only on the sessions their own account started.
 */
@Service
@EnableConfigurationProperties(LiveSettings.class)
public class LiveService {

    private final LiveRegistry registry;
    private final LiveQuestions questions;
    private final LiveTimer timer;
    private final LiveStore store;
    private final QuizService quizzes;
    private final AccountService accounts;
    private final LiveBroadcaster broadcaster;
    private final Clock clock = Clock.systemUTC();

    LiveService(
            LiveRegistry registry,
            LiveQuestions questions,
            LiveTimer timer,
            LiveStore store,
            QuizService quizzes,
            AccountService accounts,
            LiveBroadcaster broadcaster) {
        this.registry = registry;
        this.questions = questions;
        this.timer = timer;
        this.store = store;
        this.quizzes = quizzes;
        this.accounts = accounts;
        this.broadcaster = broadcaster;
    }

    /**
     * Starts a live session of a quiz assigned to one of the teacher's classes. Only questions with choices and one
     * right answer can be played live, generated or a teacher's own (see {@link LiveChoices}); the others are skipped
     * and counted on the teacher's screen.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public long start(long classroomId, long quizId, int secondsPerQuestion) {
        AssignedQuiz quiz;
        try {
            quiz = quizzes.quizzesOf(classroomId).stream()
                    .filter(q -> q.quizId() == quizId)
                    .findFirst()
                    .orElseThrow(() -> new LiveException("This quiz is not assigned to this class."));
        } catch (ClassroomException e) {
            throw new LiveException(e.getMessage());
        }
        // Past its due date, the signed-in students' answers could not be recorded in their attempts.
        if (quiz.settings().dueBefore(Instant.now())) {
            throw new LiveException(
                    "This quiz is past its due date; change the date in the quiz builder to play it" + " live.");
        }
        if (secondsPerQuestion < LiveLimits.MIN_SECONDS || secondsPerQuestion > LiveLimits.MAX_SECONDS) {
            throw new LiveException(
                    "Give " + LiveLimits.MIN_SECONDS + " to " + LiveLimits.MAX_SECONDS + " seconds per question.");
        }
        List<PlayedQuestion> played = questions.playable(quiz.questionIds());
        if (played.isEmpty()) {
            throw new LiveException("None of this quiz's questions can be played live: only questions with one right"
                    + " choice among several are; the others need the practice player.");
        }
        long teacherId = accounts.currentAccountId();
        String code = registry.unusedCode();
        long id = store.saveSession(
                new LiveSessionRecord(code, quizId, classroomId, teacherId, quiz.title(), secondsPerQuestion));
        LiveSession session = new LiveSession(
                id,
                code,
                teacherId,
                quizId,
                quiz.title(),
                played,
                quiz.questionIds().size() - played.size(),
                Duration.ofSeconds(secondsPerQuestion),
                clock);
        registry.add(session);
        return id;
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
        session.next();
        if (session.phase() == LivePhase.OPEN) {
            timer.closeAtDeadline(session);
        }
        broadcaster.publish(sessionId, Audience.EVERYONE);
    }

    @PreAuthorize(Roles.A_TEACHER)
    public void showLeaderboard(long sessionId, LeaderboardMode mode) {
        own(sessionId).showLeaderboard(mode);
        broadcaster.publish(sessionId, Audience.EVERYONE);
    }

    /** Removes a participant from one of the teacher's sessions: their seat stops answering and leaves the scores. */
    @PreAuthorize(Roles.A_TEACHER)
    public void remove(long sessionId, long participantId) {
        own(sessionId).remove(participantId);
        store.markRemoved(participantId);
        broadcaster.publish(sessionId, Audience.EVERYONE);
    }

    /** Ends one of the teacher's sessions; its results stay in the database. */
    @PreAuthorize(Roles.A_TEACHER)
    public void end(long sessionId) {
        own(sessionId).end();
        store.end(sessionId);
        broadcaster.publish(sessionId, Audience.EVERYONE);
    }

    /** One of the teacher's sessions as stored, running or not: who joined and what they scored. */
    @PreAuthorize(Roles.A_TEACHER)
    public SessionSummary summary(long sessionId) {
        LiveSessionRecord stored = store.session(sessionId);
        if (stored == null || stored.getTeacherId() != accounts.currentAccountId()) {
            throw new LiveException("There is no such live session among yours.");
        }
        boolean running = registry.byId(sessionId)
                .filter(session -> session.phase() != LivePhase.ENDED)
                .isPresent();
        return new SessionSummary(
                sessionId,
                stored.getTitle(),
                stored.getStartedAt(),
                stored.getEndedAt(),
                running,
                store.results(sessionId));
    }

    /** One of the signed-in teacher's running sessions, by the account that started it. */
    private LiveSession own(long sessionId) {
        return registry.byId(sessionId)
                .filter(session -> session.teacherId == accounts.currentAccountId())
                .orElseThrow(() -> new LiveException("There is no such live session among yours."));
    }
}
