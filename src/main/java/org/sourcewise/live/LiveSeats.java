package org.sourcewise.live;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.account.AccountService;
import org.sourcewise.classroom.JoinThrottle;
import org.sourcewise.live.LiveRegistry.SeatRef;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.security.Roles;
import org.sourcewise.security.SignedIn;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The participants' side of live sessions: joining with a code and a nickname or one's account, and answering.
 * <p>
 * Who may do what: anyone may join with a code (rate-limited per session and address, and wrong codes slowed per
 * address), and afterwards acts only through the seat token the join returned, which their browser keeps. Keys reach
 * a participant only once the teacher shows the answer.
 */
@Service
public class LiveSeats {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSeats.class);

    private final LiveRegistry registry;
    private final LiveStore store;
    private final LiveChanges changes;
    private final PracticeService practice;
    private final AccountService accounts;
    private final JoinThrottle wrongCodes;
    private final int joinsPerMinute;
    private final SecureRandom random = new SecureRandom();

    LiveSeats(
            LiveRegistry registry,
            LiveStore store,
            LiveChanges changes,
            PracticeService practice,
            AccountService accounts,
            JoinThrottle wrongCodes,
            LiveSettings settings) {
        this.registry = registry;
        this.store = store;
        this.changes = changes;
        this.practice = practice;
        this.accounts = accounts;
        this.wrongCodes = wrongCodes;
        this.joinsPerMinute = settings.joinsPerMinute();
    }

    /** Joins a session with a nickname; returns the seat token that the participant's browser keeps. */
    @PreAuthorize(Roles.ANYONE)
    public String joinWithNickname(String code, String nickname, String address) {
        LiveSession session = joining(code, address);
        String name = Nickname.clean(nickname);
        session.checkCanJoin(name);
        return seat(session, name, null, null, address);
    }

    /**
     * Joins a session as the signed-in student, or finds their seat again from any device. When the session counts
     * in the class's reports and the student is in the class, their answers also make an attempt at the quiz, which
     * the reports show; otherwise their answers stay in the session's results.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public String joinAsMe(String code, String address) {
        LiveSession session = joining(code, address);
        long me = accounts.currentAccountId();
        Optional<LiveSession.Seat> mine = session.seatOfAccount(me).or(() -> store.seatOfAccount(session.id, me));
        if (mine.isPresent()) {
            if (mine.get().removed) {
                throw new LiveException("Your teacher removed you from this session.");
            }
            changes.joined(session, mine.get());
            return mine.get().token;
        }
        String name = freeName(session, currentName());
        Long attemptId = session.countsInReports
                ? practice.startLiveAttempt(session.classroomId, session.quizId).orElse(null)
                : null;
        return seat(session, name, me, attemptId, address);
    }

    /** The screen of the seat with this token; empty when the token is unknown or its session is gone. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<SeatScreen> seat(@Nullable String token) {
        return screenOf(token);
    }

    /** The seat with this token for its phone to follow (see {@link SeatFeed}). */
    @PreAuthorize(Roles.ANYONE)
    public SeatFeed follow(@Nullable String token) {
        return () -> screenOf(token);
    }

    private Optional<SeatScreen> screenOf(@Nullable String token) {
        return registry.bySeat(token).map(seat -> seat.session().seatScreen(seat.participantId()));
    }

    /**
     * Takes the seat's answer to question {@code number} (counted from 1) and saves it before saying so. Refused:
     * a second answer, an answer after time-out or to a closed question, from a removed participant.
     */
    @PreAuthorize(Roles.ANYONE)
    public SeatScreen answer(@Nullable String token, int number, int choice) {
        SeatRef seat = registry.bySeat(token)
                .orElseThrow(
                        () -> new LiveException("You are not in a running live session; join again with the code."));
        LiveSession session = seat.session();
        LiveSession.Accepted accepted = session.answer(seat.participantId(), number, choice);
        try {
            store.saveAnswer(session.id, accepted);
        } catch (LiveException e) {
            throw e;
        } catch (DataIntegrityViolationException e) {
            throw new LiveException("You have already answered this question.");
        } catch (AccessDeniedException e) {
            throw new LiveException("Sign in again to keep answering with your account.");
        } catch (RuntimeException e) {
            LOG.warn("Live answer not saved for participant {}", seat.participantId(), e);
            throw new LiveException("Your answer could not be saved; please try again.");
        }
        changes.answered(session, seat.participantId(), accepted.question(), accepted.answer());
        return session.seatScreen(seat.participantId());
    }

    private String seat(
            LiveSession session, String name, @Nullable Long accountId, @Nullable Long attemptId, String address) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LiveSession.Seat seat;
        try {
            seat = store.join(session.id, name, accountId, attemptId, token, address, joinsPerMinute);
        } catch (DataIntegrityViolationException e) {
            throw new LiveException("Someone in this session already has that nickname; choose another.");
        }
        changes.joined(session, seat);
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

    private static String currentName() {
        return SignedIn.authentication().getName();
    }

    /**
     * The running session a join names, counting the join against its address: a wrong code towards the address's
     * wait (refused before any look-up once it must wait, so that waiting tells nothing of a code), a right one
     * towards the address's joins of that session, which the join counts on every node together.
     */
    private LiveSession joining(String code, String address) {
        wrongCodes.whyWait(address).ifPresent(wait -> {
            throw new LiveException(wait);
        });
        Optional<LiveSession> session = registry.running(code);
        if (session.isEmpty()) {
            wrongCodes.wrongCode(address);
            throw new LiveException("There is no live session with this code. Check the code on the projector.");
        }
        return session.get();
    }
}
