package org.sourcewise.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One node's copy of a live session, which its screens read: who sits where, the pace, and every answer. The
 * database holds the authoritative copy ({@link LiveStore}); a change is written there first and then applied here,
 * on the node that made it and, through {@link LiveChannel}, on every other node that follows the session. Applying
 * is idempotent and ordered by the pace's version, so a change heard twice or late changes nothing. All methods lock
 * the session briefly and touch nothing outside it.
 */
final class LiveSession {

    /** A participant's place in the session; found again by the token their browser keeps. */
    static final class Seat {
        final long participantId;
        final String nickname;
        final @Nullable Long accountId;
        final @Nullable Long attemptId;
        final String token;
        boolean removed;
        int points;

        Seat(
                long participantId,
                String nickname,
                @Nullable Long accountId,
                @Nullable Long attemptId,
                String token,
                boolean removed) {
            this.participantId = participantId;
            this.nickname = nickname;
            this.accountId = accountId;
            this.attemptId = attemptId;
            this.token = token;
            this.removed = removed;
        }
    }

    /** An answer taken: what was chosen and what it earned. */
    record Answer(int choice, boolean correct, int points, Instant at) {}

    /** An answer that passed this copy's checks, with what the database needs to check it again and keep it. */
    record Accepted(Seat seat, int question, PlayedQuestion played, Answer answer) {}

    final long id;
    final String code;
    final long teacherId;
    final long classroomId;
    final long quizId;
    final String title;
    /** Whether signed-in students' answers also go into attempts the class's reports show (see {@link LivePlan}). */
    final boolean countsInReports;

    final int skipped;
    final Duration timeLimit;
    private final List<PlayedQuestion> questions;
    private final Clock clock;

    private final Map<Long, Seat> seats = new LinkedHashMap<>();
    private final List<Map<Long, Answer>> answers = new ArrayList<>();
    private LivePace pace = LivePace.lobby();
    private Instant lastChange;
    private @Nullable List<Standing> standings;
    /** The same places by participant; made from {@link #standings} and dropped with it. */
    private @Nullable Map<Long, Integer> ranks;

    LiveSession(
            long id,
            String code,
            long teacherId,
            long classroomId,
            long quizId,
            String title,
            boolean countsInReports,
            List<PlayedQuestion> questions,
            int skipped,
            Duration timeLimit,
            Clock clock) {
        if (questions.isEmpty()) {
            throw new LiveException("This quiz has no questions that can be played live.");
        }
        this.id = id;
        this.code = code;
        this.teacherId = teacherId;
        this.classroomId = classroomId;
        this.quizId = quizId;
        this.title = title;
        this.countsInReports = countsInReports;
        this.questions = List.copyOf(questions);
        this.skipped = skipped;
        this.timeLimit = timeLimit;
        this.clock = clock;
        this.lastChange = clock.instant();
        questions.forEach(q -> answers.add(new HashMap<>()));
    }

    synchronized LivePace pace() {
        return pace;
    }

    synchronized LivePhase phase() {
        return pace.phase();
    }

    synchronized Instant lastChange() {
        return lastChange;
    }

    int questionCount() {
        return questions.size();
    }

    /** Takes a newer pace; returns whether it was newer. */
    synchronized boolean applyPace(LivePace newer) {
        if (newer.version() <= pace.version()) {
            return false;
        }
        pace = newer;
        changed();
        return true;
    }

    /** Refuses a nickname already taken (in any case) or a session that no longer takes participants. */
    synchronized void checkCanJoin(String nickname) {
        if (!pace.joinable()) {
            throw new LiveException("This live session has ended.");
        }
        if (seats.values().stream().anyMatch(s -> s.nickname.equalsIgnoreCase(nickname))) {
            throw new LiveException("Someone in this session already has that nickname; choose another.");
        }
    }

    synchronized Optional<Seat> seatOfAccount(long accountId) {
        return seats.values().stream()
                .filter(s -> s.accountId != null && s.accountId == accountId)
                .findFirst();
    }

    /** Takes a seat, unless it is here already; returns the one kept. */
    synchronized Seat seat(Seat seat) {
        Seat kept = seats.putIfAbsent(seat.participantId, seat);
        if (kept != null) {
            return kept;
        }
        changed();
        return seat;
    }

    /** The attempts the signed-in participants' answers went into, removed participants' included. */
    synchronized List<Long> attemptIds() {
        return seats.values().stream()
                .map(s -> s.attemptId)
                .filter(Objects::nonNull)
                .toList();
    }

    synchronized Optional<Seat> seatOf(long participantId) {
        return Optional.ofNullable(seats.get(participantId));
    }

    synchronized void applyRemoved(long participantId) {
        Seat seat = seats.get(participantId);
        if (seat != null && !seat.removed) {
            seat.removed = true;
            changed();
        }
    }

    /**
     * Checks an answer on this copy, refusing it early: from a removed participant, to a question not open (closed,
     * or not asked yet), after the deadline, a second answer, or a choice the question does not have. {@code number}
     * counts from 1, as the participant's screen does, so a stale screen cannot answer a newer question by mistake.
     * Nothing changes here: the database checks again and keeps it ({@link LiveStore#saveAnswer}), then
     * {@link #applyAnswer} counts it.
     */
    synchronized Accepted answer(long participantId, int number, int choice) {
        Instant now = clock.instant();
        Seat seat = seats.get(participantId);
        if (seat == null || seat.removed) {
            throw new LiveException("You are no longer in this session.");
        }
        int question = number - 1;
        checkOpen(pace, question, now);
        if (answers.get(question).containsKey(participantId)) {
            throw new LiveException("You have already answered this question.");
        }
        PlayedQuestion played = questions.get(question);
        if (choice < 0 || choice >= played.choices().size()) {
            throw new LiveException("Choose one of the answers shown.");
        }
        boolean correct = choice == played.rightChoice();
        Instant opened = Objects.requireNonNull(pace.openedAt(), "an open question has its opening");
        Answer answer =
                new Answer(choice, correct, Scoring.points(correct, Duration.between(opened, now), timeLimit), now);
        return new Accepted(seat, question, played, answer);
    }

    /** Refuses an answer to {@code question} unless the pace has it open and its deadline has not passed. */
    static void checkOpen(LivePace pace, int question, Instant now) {
        if (!pace.isOpen(question)) {
            throw new LiveException(
                    question > pace.current()
                            ? "This question is not open yet."
                            : "This question is closed; answers are locked.");
        }
        if (now.isAfter(Objects.requireNonNull(pace.deadline(), "an open question has a deadline"))) {
            throw new LiveException("Time is up; answers to this question are locked.");
        }
    }

    /** Counts a saved answer, unless it is counted already; returns whether it was new here. */
    synchronized boolean applyAnswer(long participantId, int question, Answer answer) {
        Seat seat = seats.get(participantId);
        if (seat == null || question < 0 || question >= answers.size()) {
            return false;
        }
        if (answers.get(question).putIfAbsent(participantId, answer) != null) {
            return false;
        }
        seat.points += answer.points();
        changed();
        return true;
    }

    /** The index among the played questions of the one at this place in the quiz, or -1. */
    int questionAt(int position) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).position() == position) {
                return i;
            }
        }
        return -1;
    }

    synchronized HostScreen hostScreen() {
        List<Standing> present = standings();
        int current = pace.current();
        boolean asking = pace.asking();
        return new HostScreen(
                id,
                title,
                code,
                pace.phase(),
                questions.size(),
                skipped,
                asking ? question(current) : null,
                pace.phase() == LivePhase.OPEN ? pace.deadline() : null,
                asking ? answers.get(current).size() : 0,
                asking && pace.phase() != LivePhase.OPEN ? reveal() : null,
                present,
                pace.leaderboard(),
                present.stream()
                        .sorted(Comparator.comparingLong(Standing::participantId))
                        .toList());
    }

    synchronized SeatScreen seatScreen(long participantId) {
        Seat seat = Objects.requireNonNull(seats.get(participantId), "a seat's token names a seat of its session");
        LivePhase phase = pace.phase();
        int current = pace.current();
        boolean asking = pace.asking();
        Answer mine = asking ? answers.get(current).get(participantId) : null;
        boolean answerShown = asking && phase != LivePhase.OPEN && phase != LivePhase.CLOSED;
        boolean ranked =
                pace.leaderboard() != LeaderboardMode.HIDDEN || phase == LivePhase.PODIUM || phase == LivePhase.ENDED;
        int rank = ranked ? ranks().getOrDefault(participantId, 0) : 0;
        // Until the answer is shown, the points an answer earned would tell the room whether it was right.
        int points = seat.points - (mine != null && !answerShown ? mine.points() : 0);
        return new SeatScreen(
                id,
                seat.nickname,
                seat.removed,
                phase,
                asking ? question(current) : null,
                phase == LivePhase.OPEN ? pace.deadline() : null,
                mine == null ? -1 : mine.choice(),
                answerShown ? questions.get(current).rightChoice() : -1,
                answerShown ? questions.get(current).evidence() : "",
                mine == null || !answerShown ? 0 : mine.points(),
                points,
                rank,
                standings().size());
    }

    private LiveQuestion question(int index) {
        PlayedQuestion played = questions.get(index);
        return new LiveQuestion(index + 1, questions.size(), played.stem(), played.choices());
    }

    private Reveal reveal() {
        PlayedQuestion played = questions.get(pace.current());
        List<Integer> distribution =
                new ArrayList<>(Collections.nCopies(played.choices().size(), 0));
        answers.get(pace.current())
                .values()
                .forEach(a -> distribution.set(a.choice(), distribution.get(a.choice()) + 1));
        boolean shown = pace.phase() != LivePhase.CLOSED;
        return new Reveal(
                distribution,
                shown ? played.rightChoice() : -1,
                shown ? played.evidence() : "",
                shown ? played.explanation() : "");
    }

    /** Everyone not removed, best first; cached until the next change because every phone asks for its rank. */
    /** Each present participant's place, so that every phone of a large room finds its own without a search. */
    private Map<Long, Integer> ranks() {
        if (ranks == null) {
            Map<Long, Integer> byParticipant = new HashMap<>();
            standings().forEach(s -> byParticipant.put(s.participantId(), s.rank()));
            ranks = byParticipant;
        }
        return ranks;
    }

    private List<Standing> standings() {
        if (standings == null) {
            List<Seat> present = seats.values().stream()
                    .filter(s -> !s.removed)
                    .sorted(Comparator.comparingInt((Seat s) -> -s.points).thenComparingLong(s -> s.participantId))
                    .toList();
            List<Standing> ranked = new ArrayList<>();
            for (int i = 0; i < present.size(); i++) {
                Seat seat = present.get(i);
                int rank = i > 0 && present.get(i - 1).points == seat.points
                        ? ranked.get(i - 1).rank()
                        : i + 1;
                ranked.add(new Standing(rank, seat.participantId, seat.nickname, seat.points));
            }
            standings = List.copyOf(ranked);
        }
        return standings;
    }

    private void changed() {
        standings = null;
        ranks = null;
        lastChange = clock.instant();
    }
}
