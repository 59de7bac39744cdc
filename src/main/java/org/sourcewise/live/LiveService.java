package org.sourcewise.live;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.account.AccountService;
import org.sourcewise.analysis.Span;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.classroom.ClassroomException;
import org.sourcewise.classroom.JoinCodes;
import org.sourcewise.classroom.JoinThrottle;
import org.sourcewise.live.LiveBroadcaster.Audience;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizException;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.security.Roles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Live sessions: a teacher plays a quiz of their class with the room, students join with a code and a nickname or
 * their account. The pace lives in memory ({@link LiveSession}); participants and answers are saved as they come.
 * <p>
 * Who may do what: a teacher runs only their own sessions; anyone may join with a code (rate-limited per address),
 * and afterwards acts only through the seat token the join returned, which their browser keeps. Keys reach a
 * participant only once the teacher shows the answer.
 */
@Service
@EnableConfigurationProperties(LiveSettings.class)
public class LiveService {

    private static final Logger LOG = LoggerFactory.getLogger(LiveService.class);
    /** A session nobody touched for this long is ended, so that forgotten ones do not hold memory forever. */
    private static final Duration IDLE = Duration.ofHours(6);
    /** An ended session stays this long, so that open phones can still show the final standings. */
    private static final Duration ENDED_KEPT = Duration.ofMinutes(30);

    private record SeatKey(long sessionId, long participantId) {}

    private final LiveStore store;
    private final QuizService quizzes;
    private final BankQuestions bank;
    private final ArticleService articles;
    private final PracticeService practice;
    private final AccountService accounts;
    private final LiveBroadcaster broadcaster;
    private final JoinThrottle wrongCodes;
    private final JoinRateLimit joinLimit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, LiveSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, LiveSession> byCode = new ConcurrentHashMap<>();
    private final Map<String, SeatKey> seats = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "live-timer");
        thread.setDaemon(true);
        return thread;
    });

    LiveService(
            LiveStore store,
            QuizService quizzes,
            BankQuestions bank,
            ArticleService articles,
            PracticeService practice,
            AccountService accounts,
            LiveBroadcaster broadcaster,
            JoinThrottle wrongCodes,
            LiveSettings settings) {
        this.store = store;
        this.quizzes = quizzes;
        this.bank = bank;
        this.articles = articles;
        this.practice = practice;
        this.accounts = accounts;
        this.broadcaster = broadcaster;
        this.clock = Clock.systemUTC();
        this.wrongCodes = wrongCodes;
        this.joinLimit = new JoinRateLimit(settings.joinsPerMinute(), Duration.ofMinutes(1), clock);
        timer.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
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
        List<PlayedQuestion> played = playable(quiz.questionIds());
        if (played.isEmpty()) {
            throw new LiveException("None of this quiz's questions can be played live: only questions with one right"
                    + " choice among several are; the others need the practice player.");
        }
        long teacherId = accounts.currentAccountId();
        String code = JoinCodes.unused(JoinCodes.LIVE_LENGTH, byCode::containsKey);
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
        sessions.put(id, session);
        byCode.put(code, session);
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
        LiveSession session = sessions.get(sessionId);
        return session != null
                && session.teacherId == accounts.currentAccountId()
                && session.phase() != LivePhase.ENDED;
    }

    /** Moves one of the teacher's sessions on: open the next question, close it, show the answer, the scores. */
    @PreAuthorize(Roles.A_TEACHER)
    public void next(long sessionId) {
        LiveSession session = own(sessionId);
        session.next();
        if (session.phase() == LivePhase.OPEN) {
            int question = session.current();
            long delay = Math.max(
                    0, Duration.between(clock.instant(), session.deadline()).toMillis());
            timer.schedule(
                    () -> {
                        if (session.closeIfOpen(question)) {
                            broadcaster.publish(session.id, Audience.EVERYONE);
                        }
                    },
                    delay,
                    TimeUnit.MILLISECONDS);
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
        LiveSession running = sessions.get(sessionId);
        return new SessionSummary(
                sessionId,
                stored.getTitle(),
                stored.getStartedAt(),
                stored.getEndedAt(),
                running != null && running.phase() != LivePhase.ENDED,
                store.results(sessionId));
    }

    /** Joins a session with a nickname; returns the seat token that the participant's browser keeps. */
    @PreAuthorize(Roles.ANYONE)
    public String joinWithNickname(String code, String nickname, String address) {
        LiveSession session = joining(code, address);
        String name = Nickname.clean(nickname);
        session.checkCanJoin(name);
        return seat(session, name, null, null);
    }

    /**
     * Joins a session as the signed-in student, or finds their seat again from any device. When the quiz is
     * assigned to one of their classes, their answers also make an attempt at it, which the class's reports show.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public String joinAsMe(String code, String address) {
        LiveSession session = joining(code, address);
        long me = accounts.currentAccountId();
        Optional<LiveSession.Seat> mine = session.seatOfAccount(me);
        if (mine.isPresent()) {
            if (mine.get().removed) {
                throw new LiveException("Your teacher removed you from this session.");
            }
            return mine.get().token;
        }
        String name = freeName(session, currentName());
        Long attemptId;
        try {
            attemptId = practice.startLiveAttempt(session.quizId);
        } catch (QuizException e) {
            attemptId = null;
        }
        return seat(session, name, me, attemptId);
    }

    /** The screen of the seat with this token; empty when the token is unknown or its session is gone. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<SeatScreen> seat(String token) {
        SeatKey key = token == null ? null : seats.get(token);
        LiveSession session = key == null ? null : sessions.get(key.sessionId());
        return session == null ? Optional.empty() : Optional.of(session.seatScreen(key.participantId()));
    }

    /**
     * Takes the seat's answer to question {@code number} (counted from 1) and saves it before saying so. Refused:
     * a second answer, an answer after time-out or to a closed question, from a removed participant.
     */
    @PreAuthorize(Roles.ANYONE)
    public SeatScreen answer(String token, int number, int choice) {
        SeatKey key = token == null ? null : seats.get(token);
        LiveSession session = key == null ? null : sessions.get(key.sessionId());
        if (session == null) {
            throw new LiveException("You are not in a running live session; join again with the code.");
        }
        LiveSession.Accepted accepted = session.answer(key.participantId(), number, choice);
        try {
            store.saveAnswer(accepted);
        } catch (AccessDeniedException e) {
            session.withdraw(accepted);
            throw new LiveException("Sign in again to keep answering with your account.");
        } catch (RuntimeException e) {
            session.withdraw(accepted);
            LOG.warn("Live answer not saved for participant {}", key.participantId(), e);
            throw new LiveException("Your answer could not be saved; please try again.");
        }
        broadcaster.publish(session.id, Audience.HOSTS);
        return session.seatScreen(key.participantId());
    }

    private String seat(LiveSession session, String name, Long accountId, Long attemptId) {
        long participantId;
        try {
            participantId = store.saveParticipant(session.id, name, accountId, attemptId);
        } catch (DataIntegrityViolationException e) {
            throw new LiveException("Someone in this session already has that nickname; choose another.");
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.seat(new LiveSession.Seat(participantId, name, accountId, attemptId, token));
        seats.put(token, new SeatKey(session.id, participantId));
        broadcaster.publish(session.id, Audience.HOSTS);
        return token;
    }

    /** The account's name as its nickname, numbered when a guest took it first, shortened to fit. */
    private static String freeName(LiveSession session, String accountName) {
        String base = accountName.strip();
        base = base.codePointCount(0, base.length()) > LiveLimits.NICKNAME
                ? base.substring(0, base.offsetByCodePoints(0, LiveLimits.NICKNAME - 3))
                : base;
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + " " + n;
            try {
                session.checkCanJoin(candidate);
                return candidate;
            } catch (LiveException e) {
                if (n == 99 || session.phase() == LivePhase.PODIUM || session.phase() == LivePhase.ENDED) {
                    throw e;
                }
            }
        }
    }

    /** One of the signed-in teacher's running sessions, by the account that started it. */
    private LiveSession own(long sessionId) {
        LiveSession session = sessions.get(sessionId);
        if (session == null || session.teacherId != accounts.currentAccountId()) {
            throw new LiveException("There is no such live session among yours.");
        }
        return session;
    }

    private static String currentName() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    /**
     * The running session a join names, counting the join against its address: a wrong code towards the address's
     * wait (refused before any look-up once it must wait, so that waiting tells nothing of a code), a right one
     * towards the address's joins of that session.
     */
    private LiveSession joining(String code, String address) {
        wrongCodes.whyWait(address).ifPresent(wait -> {
            throw new LiveException(wait);
        });
        LiveSession session;
        try {
            session = running(code);
        } catch (LiveException noSuchSession) {
            wrongCodes.wrongCode(address);
            throw noSuchSession;
        }
        joinLimit.check(session.id + " " + address);
        return session;
    }

    private LiveSession running(String code) {
        LiveSession session = byCode.get(JoinCodes.normalise(code));
        if (session == null || session.phase() == LivePhase.ENDED) {
            throw new LiveException("There is no live session with this code. Check the code on the projector.");
        }
        return session;
    }

    private List<PlayedQuestion> playable(List<Long> questionIds) {
        Map<Long, KeyedQuestion> questions = bank.byId(questionIds);
        Map<Long, String> texts = new HashMap<>();
        List<PlayedQuestion> played = new ArrayList<>();
        for (int position = 0; position < questionIds.size(); position++) {
            KeyedQuestion q = questions.get(questionIds.get(position));
            Optional<LiveChoices> choices =
                    q == null || q.awaitsReview() ? Optional.empty() : LiveChoices.of(q, random);
            if (choices.isPresent()) {
                String text = texts.computeIfAbsent(
                        q.articleId(),
                        id -> articles.findForReading(id)
                                .map(ArticleReading::paragraphs)
                                .map(p -> String.join("\n\n", p))
                                .orElse(""));
                played.add(new PlayedQuestion(
                        position,
                        q.stem(),
                        choices.get().shown(),
                        choices.get().right(),
                        choices.get().stored(),
                        evidence(text, q.evidence()),
                        choices.get().explanation()));
            }
        }
        return played;
    }

    /** The article's words under the evidence spans (paragraphs joined as the reading view joins them). */
    static String evidence(String text, List<Span> spans) {
        return spans.stream()
                .filter(s -> s.start() >= 0 && s.start() < s.end() && s.end() <= text.length())
                .map(s -> text.substring(s.start(), s.end()).strip())
                .collect(Collectors.joining(" … "));
    }

    /** Ends sessions left idle and forgets ended ones once their phones have had time to show the podium. */
    private void sweep() {
        Instant now = clock.instant();
        for (LiveSession session : List.copyOf(sessions.values())) {
            try {
                boolean ended = session.phase() == LivePhase.ENDED;
                if (!ended && session.lastChange().isBefore(now.minus(IDLE))) {
                    session.end();
                    store.end(session.id);
                    broadcaster.publish(session.id, Audience.EVERYONE);
                } else if (ended && session.lastChange().isBefore(now.minus(ENDED_KEPT))) {
                    sessions.remove(session.id);
                    byCode.remove(session.code, session);
                    seats.values().removeIf(key -> key.sessionId() == session.id);
                }
            } catch (RuntimeException e) {
                LOG.warn("Live session {} could not be tidied", session.id, e);
            }
        }
    }
}
