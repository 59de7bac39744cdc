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
 * One live session's state machine, in memory: who sits where, which question is asked, and every answer. All
 * methods lock the session briefly and touch nothing outside it, so a request never waits on the database or on
 * another session while holding it. The database copy is written by {@link LiveService} and {@link LiveSeats} around these calls.
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

        Seat(long participantId, String nickname, @Nullable Long accountId, @Nullable Long attemptId, String token) {
            this.participantId = participantId;
            this.nickname = nickname;
            this.accountId = accountId;
            this.attemptId = attemptId;
            this.token = token;
        }
    }

    /** An answer taken: what was chosen and what it earned. */
    record Answer(int choice, boolean correct, int points, Instant at) {}

    /** An accepted answer with what the database needs to keep it. */
    record Accepted(Seat seat, PlayedQuestion question, Answer answer) {}

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
    private LivePhase phase = LivePhase.LOBBY;
    private int current = -1;
    private @Nullable Instant openedAt;
    private @Nullable Instant deadline;
    private LeaderboardMode leaderboard = LeaderboardMode.SHOWN;
    private Instant lastChange;
    private @Nullable List<Standing> standings;

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

    synchronized LivePhase phase() {
        return phase;
    }

    synchronized Instant lastChange() {
        return lastChange;
    }

    /** Refuses a nickname already taken (in any case) or a session that no longer takes participants. */
    synchronized void checkCanJoin(String nickname) {
        if (phase == LivePhase.PODIUM || phase == LivePhase.ENDED) {
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

    synchronized void seat(Seat seat) {
        seats.put(seat.participantId, seat);
        changed();
    }

    /** The attempts the signed-in participants' answers went into, removed participants' included. */
    synchronized List<Long> attemptIds() {
        return seats.values().stream()
                .map(s -> s.attemptId)
                .filter(id -> id != null)
                .toList();
    }

    synchronized Optional<Seat> seatOf(long participantId) {
        return Optional.ofNullable(seats.get(participantId));
    }

    /** The next step of the session: the lobby or a leaderboard opens the next question, and so on to the podium. */
    synchronized void next() {
        switch (phase) {
            case LOBBY -> open(0);
            case OPEN -> close();
            case CLOSED -> phase = LivePhase.ANSWER;
            case ANSWER -> phase = LivePhase.LEADERBOARD;
            case LEADERBOARD -> {
                if (current + 1 < questions.size()) {
                    open(current + 1);
                } else {
                    phase = LivePhase.PODIUM;
                }
            }
            case PODIUM, ENDED -> throw new LiveException("This live session has ended.");
        }
        changed();
    }

    /** Closes the question if it is still the open one: the teacher and the timer may both try. */
    synchronized boolean closeIfOpen(int question) {
        if (phase != LivePhase.OPEN || current != question) {
            return false;
        }
        close();
        changed();
        return true;
    }

    synchronized void end() {
        phase = LivePhase.ENDED;
        changed();
    }

    synchronized void showLeaderboard(LeaderboardMode mode) {
        leaderboard = mode;
        changed();
    }

    synchronized Seat remove(long participantId) {
        Seat seat = seats.get(participantId);
        if (seat == null) {
            throw new LiveException("There is no such participant in this session.");
        }
        seat.removed = true;
        changed();
        return seat;
    }

    /**
     * Takes an answer, or refuses it: from a removed participant, to a question not open (closed, or not asked
     * yet), after the deadline, a second answer, or a choice the question does not have. {@code number} counts
     * from 1, as the participant's screen does, so a stale screen cannot answer a newer question by mistake.
     */
    synchronized Accepted answer(long participantId, int number, int choice) {
        Instant now = clock.instant();
        Seat seat = seats.get(participantId);
        if (seat == null || seat.removed) {
            throw new LiveException("You are no longer in this session.");
        }
        int question = number - 1;
        if (phase != LivePhase.OPEN || question != current) {
            throw new LiveException(
                    question > current
                            ? "This question is not open yet."
                            : "This question is closed; answers are locked.");
        }
        if (now.isAfter(deadline)) {
            throw new LiveException("Time is up; answers to this question are locked.");
        }
        Map<Long, Answer> given = answers.get(question);
        if (given.containsKey(participantId)) {
            throw new LiveException("You have already answered this question.");
        }
        PlayedQuestion played = questions.get(question);
        if (choice < 0 || choice >= played.choices().size()) {
            throw new LiveException("Choose one of the answers shown.");
        }
        boolean correct = choice == played.rightChoice();
        Answer answer =
                new Answer(choice, correct, Scoring.points(correct, Duration.between(openedAt, now), timeLimit), now);
        given.put(participantId, answer);
        seat.points += answer.points();
        changed();
        return new Accepted(seat, played, answer);
    }

    /** Takes back an accepted answer that could not be saved, so that the participant may try again. */
    synchronized void withdraw(Accepted accepted) {
        int question = questions.indexOf(accepted.question());
        if (answers.get(question).remove(accepted.seat().participantId, accepted.answer())) {
            accepted.seat().points -= accepted.answer().points();
            changed();
        }
    }

    /** The index of the open question and its deadline, for the timer. */
    synchronized int current() {
        return current;
    }

    synchronized @Nullable Instant deadline() {
        return deadline;
    }

    synchronized HostScreen hostScreen() {
        List<Standing> present = standings();
        boolean asking = current >= 0 && phase != LivePhase.PODIUM && phase != LivePhase.ENDED;
        return new HostScreen(
                id,
                title,
                code,
                phase,
                questions.size(),
                skipped,
                asking ? question(current) : null,
                phase == LivePhase.OPEN ? deadline : null,
                asking ? answers.get(current).size() : 0,
                asking && phase != LivePhase.OPEN ? reveal() : null,
                present,
                leaderboard,
                present.stream()
                        .sorted(Comparator.comparingLong(Standing::participantId))
                        .toList());
    }

    synchronized SeatScreen seatScreen(long participantId) {
        Seat seat = Objects.requireNonNull(seats.get(participantId), "a seat's token names a seat of its session");
        boolean asking = current >= 0 && phase != LivePhase.PODIUM && phase != LivePhase.ENDED;
        Answer mine = asking ? answers.get(current).get(participantId) : null;
        boolean answerShown = asking && phase != LivePhase.OPEN && phase != LivePhase.CLOSED;
        boolean ranked = leaderboard != LeaderboardMode.HIDDEN || phase == LivePhase.PODIUM || phase == LivePhase.ENDED;
        int rank = ranked
                ? standings().stream()
                        .filter(s -> s.participantId() == participantId)
                        .mapToInt(Standing::rank)
                        .findFirst()
                        .orElse(0)
                : 0;
        return new SeatScreen(
                id,
                seat.nickname,
                seat.removed,
                phase,
                asking ? question(current) : null,
                phase == LivePhase.OPEN ? deadline : null,
                mine == null ? -1 : mine.choice(),
                answerShown ? questions.get(current).rightChoice() : -1,
                answerShown ? questions.get(current).evidence() : "",
                mine == null ? 0 : mine.points(),
                seat.points,
                rank,
                standings().size());
    }

    private void open(int question) {
        current = question;
        openedAt = clock.instant();
        deadline = openedAt.plus(timeLimit);
        phase = LivePhase.OPEN;
    }

    private void close() {
        phase = LivePhase.CLOSED;
    }

    private LiveQuestion question(int index) {
        PlayedQuestion played = questions.get(index);
        return new LiveQuestion(index + 1, questions.size(), played.stem(), played.choices());
    }

    private Reveal reveal() {
        PlayedQuestion played = questions.get(current);
        List<Integer> distribution =
                new ArrayList<>(Collections.nCopies(played.choices().size(), 0));
        answers.get(current).values().forEach(a -> distribution.set(a.choice(), distribution.get(a.choice()) + 1));
        boolean shown = phase != LivePhase.CLOSED;
        return new Reveal(
                distribution,
                shown ? played.rightChoice() : -1,
                shown ? played.evidence() : "",
                shown ? played.explanation() : "");
    }

    /** Everyone not removed, best first; cached until the next change because every phone asks for its rank. */
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
        lastChange = clock.instant();
    }
}
