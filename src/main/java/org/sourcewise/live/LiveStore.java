package org.sourcewise.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authoritative copy of live sessions: their pace, seats and answers. Every change is checked here against the
 * stored row (under its lock where two nodes could race), written, and sent to the other nodes in the same
 * transaction ({@link LiveChannel}); the node that made it then applies it to its own copy. Each answer is committed
 * on its own as it is accepted, together with the signed-in student's attempt answer, so that no saved answer is
 * lost with a node.
 */
@Component
@Transactional
class LiveStore {

    /** A seat found by its token, with the session it belongs to. */
    record FoundSeat(long sessionId, LiveSession.Seat seat) {}

    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final LiveAnswerRepository answers;
    private final PracticeService practice;
    private final LiveChannel channel;
    private final Clock clock = Clock.systemUTC();

    LiveStore(
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            LiveAnswerRepository answers,
            PracticeService practice,
            LiveChannel channel) {
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.practice = practice;
        this.channel = channel;
    }

    long create(LiveSessionRecord session) {
        return sessions.save(session).getId();
    }

    @Transactional(readOnly = true)
    boolean codeInUse(String code) {
        return sessions.existsByJoinCodeAndEndedAtIsNull(code);
    }

    @Transactional(readOnly = true)
    Optional<Long> runningId(String code) {
        return sessions.findFirstByJoinCodeAndEndedAtIsNull(code).map(LiveSessionRecord::getId);
    }

    /** A node's copy of a stored session, with its pace, seats and answers as they are now. */
    @Transactional(readOnly = true)
    Optional<LiveSession> load(long sessionId) {
        return sessions.findById(sessionId)
                .filter(stored -> stored.getPlayed() != null)
                .map(stored -> {
                    LiveSession session = new LiveSession(
                            stored.getId(),
                            stored.getJoinCode(),
                            stored.getTeacherId(),
                            stored.getClassroomId(),
                            stored.getQuizId(),
                            stored.getTitle(),
                            stored.countsInReports(),
                            PlayedQuestions.read(Objects.requireNonNull(stored.getPlayed())),
                            stored.getSkipped(),
                            stored.timeLimit(),
                            clock);
                    refresh(session);
                    return session;
                });
    }

    /** Brings a node's copy up to the stored session: newer pace, seats, removals and answers it had not heard of. */
    @Transactional(readOnly = true)
    void refresh(LiveSession session) {
        sessions.findById(session.id).ifPresent(stored -> session.applyPace(stored.pace()));
        List<LiveParticipant> joined = participants.findBySessionIdOrderById(session.id);
        joined.forEach(p -> {
            LiveSession.Seat seat = session.seat(seatOf(p));
            if (p.isRemoved()) {
                session.applyRemoved(seat.participantId);
            }
        });
        answers.findByKeyParticipantIdIn(
                        joined.stream().map(LiveParticipant::getId).toList())
                .forEach(a -> session.applyAnswer(
                        a.getParticipantId(),
                        session.questionAt(a.getPosition()),
                        new LiveSession.Answer(a.getChoice(), a.isCorrect(), a.getPoints(), a.getAnsweredAt())));
    }

    @Transactional(readOnly = true)
    Optional<LivePace> pace(long sessionId) {
        return sessions.findById(sessionId).map(LiveSessionRecord::pace);
    }

    @Transactional(readOnly = true)
    Optional<FoundSeat> seatByToken(String token) {
        return participants.findBySeatToken(token).map(p -> new FoundSeat(p.getSessionId(), seatOf(p)));
    }

    @Transactional(readOnly = true)
    Optional<LiveSession.Seat> seat(long participantId) {
        return participants.findById(participantId).map(LiveStore::seatOf);
    }

    @Transactional(readOnly = true)
    Optional<LiveSession.Seat> seatOfAccount(long sessionId, long accountId) {
        return participants
                .findFirstBySessionIdAndAccountId(sessionId, accountId)
                .map(LiveStore::seatOf);
    }

    /**
     * Seats a participant, refusing as every node must: a session that no longer takes participants, a nickname
     * taken in any case, or an address that joined this session {@code joinsPerMinute} times in the last minute.
     */
    LiveSession.Seat join(
            long sessionId,
            String nickname,
            @Nullable Long accountId,
            @Nullable Long attemptId,
            String token,
            String address,
            int joinsPerMinute) {
        LivePace pace = sessions.findById(sessionId)
                .map(LiveSessionRecord::pace)
                .orElseThrow(() -> new LiveException("This live session has ended."));
        if (!pace.joinable()) {
            throw new LiveException("This live session has ended.");
        }
        Instant now = clock.instant();
        String from = hash(address);
        if (participants.joinsSince(sessionId, from, now.minus(Duration.ofMinutes(1))) >= joinsPerMinute) {
            throw new LiveException("Too many joins to this session came from this network in the last minute. Wait a"
                    + " minute and try again.");
        }
        if (participants.nicknameTaken(sessionId, nickname)) {
            throw new LiveException("Someone in this session already has that nickname; choose another.");
        }
        LiveParticipant joined = participants.saveAndFlush(
                new LiveParticipant(sessionId, nickname, accountId, attemptId, token, from, now));
        channel.send(LiveEvent.joined(sessionId, joined.getId()));
        return seatOf(joined);
    }

    /**
     * Saves an answer the node's copy accepted, after checking it against the stored pace and seat (another node may
     * have closed the question or removed the participant a moment ago); a second answer fails on the key.
     */
    void saveAnswer(long sessionId, LiveSession.Accepted accepted) {
        LivePace pace = sessions.findRunningPace(sessionId)
                .orElseThrow(() -> new LiveException("This live session has ended."));
        LiveSession.Answer answer = accepted.answer();
        LiveSession.checkOpen(pace, accepted.question(), answer.at());
        long participantId = accepted.seat().participantId;
        if (participants.findRemoved(participantId).orElse(true)) {
            throw new LiveException("You are no longer in this session.");
        }
        int position = accepted.played().position();
        answers.saveAndFlush(new LiveAnswer(
                participantId, position, answer.choice(), answer.correct(), answer.points(), answer.at()));
        if (accepted.seat().attemptId != null) {
            practice.answerLive(
                    accepted.seat().attemptId,
                    position,
                    Response.choosing(List.of(accepted.played().storedChoice(answer.choice()))));
        }
        channel.send(LiveEvent.answered(sessionId, participantId, accepted.question(), answer));
    }

    /** The session's next step, taken on the stored pace under its lock, so that two nodes never take the same one. */
    LivePace advance(long sessionId) {
        return change(
                sessionId,
                stored -> stored.pace(stored.pace().next(playedCount(stored), stored.timeLimit(), clock.instant())));
    }

    /** Closes the question if it is still the open one: the teacher and every node's timer may all try. */
    Optional<LivePace> closeIfOpen(long sessionId, int question) {
        LiveSessionRecord stored = locked(sessionId);
        if (!stored.pace().isOpen(question)) {
            return Optional.empty();
        }
        return Optional.of(change(stored, s -> s.pace(s.pace().with(LivePhase.CLOSED))));
    }

    LivePace showLeaderboard(long sessionId, LeaderboardMode mode) {
        return change(sessionId, stored -> stored.pace(stored.pace().showing(mode)));
    }

    LivePace end(long sessionId) {
        return change(sessionId, stored -> stored.end(clock.instant()));
    }

    /** Ends the session if nobody moved it on or joined it since {@code since}. */
    Optional<LivePace> endIfIdleSince(long sessionId, Instant since) {
        LiveSessionRecord stored = locked(sessionId);
        Instant changed = stored.getChangedAt();
        if (stored.getEndedAt() != null || (changed != null && changed.isAfter(since))) {
            return Optional.empty();
        }
        return Optional.of(change(stored, s -> s.end(clock.instant())));
    }

    @Transactional(readOnly = true)
    List<Long> runningIds() {
        return sessions.findByEndedAtIsNull().stream()
                .map(LiveSessionRecord::getId)
                .toList();
    }

    void markRemoved(long sessionId, long participantId) {
        LiveParticipant participant = participants
                .findById(participantId)
                .filter(p -> p.getSessionId() == sessionId)
                .orElseThrow(() -> new LiveException("There is no such participant in this session."));
        participant.remove();
        channel.send(LiveEvent.removed(sessionId, participantId));
    }

    /** The attempts the session's signed-in participants' answers went into, removed participants' included. */
    @Transactional(readOnly = true)
    List<Long> attemptIds(long sessionId) {
        return participants.findBySessionIdOrderById(sessionId).stream()
                .map(LiveParticipant::getAttemptId)
                .filter(Objects::nonNull)
                .toList();
    }

    @Transactional(readOnly = true)
    @Nullable
    LiveSessionRecord session(long sessionId) {
        return sessions.findById(sessionId).orElse(null);
    }

    /** Everyone who joined, best score first, with what they answered as saved. */
    @Transactional(readOnly = true)
    List<LiveResult> results(long sessionId) {
        List<LiveParticipant> joined = participants.findBySessionIdOrderById(sessionId);
        Map<Long, List<LiveAnswer>> given =
                answers
                        .findByKeyParticipantIdIn(
                                joined.stream().map(LiveParticipant::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(LiveAnswer::getParticipantId));
        return joined.stream()
                .map(p -> {
                    List<LiveAnswer> theirs = given.getOrDefault(p.getId(), List.of());
                    return new LiveResult(
                            p.getNickname(),
                            p.getAccountId() != null,
                            p.getAttemptId() != null,
                            p.isRemoved(),
                            theirs.size(),
                            (int) theirs.stream().filter(LiveAnswer::isCorrect).count(),
                            theirs.stream().mapToInt(LiveAnswer::getPoints).sum());
                })
                .sorted(Comparator.comparingInt(LiveResult::points).reversed())
                .toList();
    }

    private interface Step {
        void apply(LiveSessionRecord stored);
    }

    private LivePace change(long sessionId, Step step) {
        return change(locked(sessionId), step);
    }

    /** Applies a step to the locked row, numbers it with the row's new version, and tells the other nodes. */
    private LivePace change(LiveSessionRecord stored, Step step) {
        step.apply(stored);
        stored.touch(clock.instant());
        sessions.flush();
        channel.send(LiveEvent.pace(stored.getId()));
        return stored.pace();
    }

    private LiveSessionRecord locked(long sessionId) {
        return sessions.findForUpdate(sessionId)
                .orElseThrow(() -> new LiveException("There is no such live session among yours."));
    }

    private static int playedCount(LiveSessionRecord stored) {
        Integer count = stored.getQuestionCount();
        return count == null ? 0 : count;
    }

    private static LiveSession.Seat seatOf(LiveParticipant p) {
        return new LiveSession.Seat(
                p.getId(), p.getNickname(), p.getAccountId(), p.getAttemptId(), p.getSeatToken(), p.isRemoved());
    }

    /** Joins are counted per address without keeping addresses: a hash is enough to count them. */
    private static String hash(String address) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
