package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;

/**
 * A node's copy of a session on a clock the test moves: the pace's steps as the store takes them, scoring, every
 * refused answer, and changes heard twice or late.
 */
@Tier.Fast
class LiveSessionTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final MovableClock clock = new MovableClock();
    private LiveSession session;
    private long version;

    @BeforeEach
    void lobbyWithThreeSeats() {
        session = new LiveSession(
                1,
                "ABC234",
                7,
                3,
                5,
                "Budget quiz",
                true,
                List.of(
                        new PlayedQuestion(
                                0,
                                "Who said it?",
                                List.of("Ana", "Ben", "Cy"),
                                1,
                                List.of(0, 1, 2),
                                "Ben said it.",
                                "Quoted."),
                        new PlayedQuestion(
                                2, "When?", List.of("Monday", "Tuesday"), 0, List.of(0, 1), "On Monday.", "Dated.")),
                1,
                LIMIT,
                clock);
        for (long id = 1; id <= 3; id++) {
            session.seat(new LiveSession.Seat(id, "P" + id, null, null, "t" + id, false));
        }
    }

    /** The next step as the store takes it on the stored pace, applied as the node that took it applies it. */
    private void next() {
        session.applyPace(session.pace()
                .next(session.questionCount(), LIMIT, clock.instant())
                .numbered(++version));
    }

    private void show(LeaderboardMode mode) {
        session.applyPace(session.pace().showing(mode).numbered(++version));
    }

    /** An answer checked on the copy, then counted once the store has saved it. */
    private void answer(long participantId, int number, int choice) {
        LiveSession.Accepted accepted = session.answer(participantId, number, choice);
        session.applyAnswer(participantId, accepted.question(), accepted.answer());
    }

    @Test
    void walksFromLobbyThroughEachQuestionToThePodium() {
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.LOBBY);
        assertThat(session.hostScreen().question()).isNull();
        assertThat(session.hostScreen().participants())
                .extracting(Standing::nickname)
                .containsExactly("P1", "P2", "P3");

        next();
        HostScreen open = session.hostScreen();
        assertThat(open.phase()).isEqualTo(LivePhase.OPEN);
        assertThat(open.question().number()).isEqualTo(1);
        assertThat(open.deadline()).isEqualTo(clock.instant().plus(LIMIT));
        assertThat(open.reveal()).isNull();

        next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.CLOSED);
        assertThat(session.hostScreen().reveal().answerShown()).isFalse();
        next();
        assertThat(session.hostScreen().reveal().rightChoice()).isEqualTo(1);
        assertThat(session.hostScreen().reveal().evidence()).isEqualTo("Ben said it.");
        next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.LEADERBOARD);
        next();
        assertThat(session.hostScreen().question().number()).isEqualTo(2);
        assertThat(session.hostScreen().lastQuestion()).isTrue();
        next();
        next();
        next();
        next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.PODIUM);
        assertThat(session.hostScreen().question()).isNull();
        session.applyPace(session.pace().with(LivePhase.ENDED).numbered(++version));
        assertThatThrownBy(this::next).hasMessageContaining("ended");
    }

    @Test
    void aRightAnswerEarnsPointsPlusABoundedSpeedBonusAndAWrongOneNothing() {
        next();
        clock.advance(Duration.ofSeconds(5));
        answer(1, 1, 1);
        answer(2, 1, 0);
        clock.advance(Duration.ofSeconds(15));
        answer(3, 1, 1);
        showTheAnswer();

        assertThat(session.seatScreen(1).points()).isEqualTo(Scoring.RIGHT + 375);
        assertThat(session.seatScreen(2).points()).isZero();
        assertThat(session.seatScreen(3).points()).isEqualTo(Scoring.RIGHT);
        List<Standing> standings = session.hostScreen().standings();
        assertThat(standings).extracting(Standing::nickname).containsExactly("P1", "P3", "P2");
        assertThat(standings).extracting(Standing::rank).containsExactly(1, 2, 3);
    }

    @Test
    void aPhoneSeesWhatItsAnswerEarnedOnlyOnceTheTeacherShowsTheAnswer() {
        next();
        answer(1, 1, 1);
        assertThat(session.seatScreen(1).points()).isZero();
        assertThat(session.seatScreen(1).lastPoints()).isZero();
        assertThat(session.seatScreen(1).myChoice()).isEqualTo(1);

        showTheAnswer();
        assertThat(session.seatScreen(1).points()).isGreaterThanOrEqualTo(Scoring.RIGHT);
        assertThat(session.seatScreen(1).lastPoints())
                .isEqualTo(session.seatScreen(1).points());
    }

    /** Moves an open or closed question on until its answer is shown. */
    private void showTheAnswer() {
        while (session.phase() != LivePhase.ANSWER) {
            next();
        }
    }

    @Test
    void theDistributionCountsEachChoiceOnceTheQuestionCloses() {
        next();
        answer(1, 1, 1);
        answer(2, 1, 1);
        answer(3, 1, 2);
        assertThat(session.hostScreen().answered()).isEqualTo(3);
        assertThat(session.hostScreen().reveal()).isNull();
        next();
        assertThat(session.hostScreen().reveal().distribution()).containsExactly(0, 2, 1);
    }

    @Test
    void refusesASecondAnswer() {
        next();
        answer(1, 1, 0);
        assertThatThrownBy(() -> answer(1, 1, 1))
                .isInstanceOf(LiveException.class)
                .hasMessage("You have already answered this question.");
        assertThat(session.seatScreen(1).myChoice()).isZero();
    }

    @Test
    void refusesAnAnswerAfterTheDeadlineEvenBeforeTheTimerClosesTheQuestion() {
        next();
        clock.advance(LIMIT.plusMillis(1));
        assertThatThrownBy(() -> answer(1, 1, 1)).hasMessageContaining("Time is up");
    }

    @Test
    void refusesAnswersToAClosedQuestionOrOneNotOpenYet() {
        assertThatThrownBy(() -> answer(1, 1, 1)).hasMessageContaining("not open yet");
        next();
        next();
        assertThatThrownBy(() -> answer(1, 1, 1)).hasMessageContaining("closed");
        next();
        next();
        next();
        assertThatThrownBy(() -> answer(1, 1, 1)).hasMessageContaining("closed");
        assertThatThrownBy(() -> answer(1, 3, 1)).hasMessageContaining("not open yet");
        assertThatThrownBy(() -> answer(1, 2, 5)).hasMessageContaining("Choose one");
    }

    @Test
    void theTimerClosesOnlyTheQuestionItWasSetFor() {
        next();
        assertThat(session.pace().isOpen(1)).isFalse();
        assertThat(session.pace().isOpen(0)).isTrue();
        next();
        assertThat(session.pace().isOpen(0)).isFalse();
    }

    @Test
    void aPaceHeardTwiceOrAfterANewerOneChangesNothing() {
        next();
        LivePace open = session.pace();
        next();
        assertThat(session.applyPace(open)).isFalse();
        assertThat(session.phase()).isEqualTo(LivePhase.CLOSED);
        assertThat(session.applyPace(session.pace())).isFalse();
    }

    @Test
    void anAnswerHeardTwiceCountsOnce() {
        next();
        LiveSession.Accepted accepted = session.answer(1, 1, 1);
        assertThat(session.applyAnswer(1, accepted.question(), accepted.answer()))
                .isTrue();
        assertThat(session.applyAnswer(1, accepted.question(), accepted.answer()))
                .isFalse();
        assertThat(session.hostScreen().standings())
                .filteredOn(s -> s.participantId() == 1)
                .extracting(Standing::points)
                .containsExactly(accepted.answer().points());
        assertThat(session.hostScreen().answered()).isEqualTo(1);
    }

    @Test
    void aSeatHeardTwiceIsSeatedOnce() {
        LiveSession.Seat again = session.seat(new LiveSession.Seat(1, "P1", null, null, "t1", false));
        assertThat(session.seatOf(1)).containsSame(again);
        assertThat(session.hostScreen().participants()).hasSize(3);
    }

    @Test
    void aRemovedParticipantCannotAnswerAndLeavesTheScores() {
        next();
        session.applyRemoved(2);
        assertThatThrownBy(() -> answer(2, 1, 1)).hasMessageContaining("no longer in this session");
        assertThat(session.hostScreen().standings())
                .extracting(Standing::nickname)
                .containsExactly("P1", "P3");
        assertThat(session.seatScreen(2).removed()).isTrue();
    }

    @Test
    void anAnswerCheckedButNotSavedCountsForNothingAndCanBeGivenAgain() {
        next();
        session.answer(1, 1, 1);
        assertThat(session.seatScreen(1).points()).isZero();
        answer(1, 1, 0);
        assertThat(session.seatScreen(1).myChoice()).isZero();
    }

    @Test
    void aPhoneSeesTheKeyOnlyOnceTheTeacherShowsTheAnswer() {
        next();
        answer(1, 1, 0);
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(-1);
        next();
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(-1);
        assertThat(session.seatScreen(1).myChoice()).isZero();
        next();
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(1);
    }

    @Test
    void aHiddenLeaderboardHidesRanksFromPhonesUntilThePodium() {
        show(LeaderboardMode.HIDDEN);
        next();
        answer(1, 1, 1);
        assertThat(session.seatScreen(1).rank()).isZero();
        show(LeaderboardMode.ANONYMISED);
        assertThat(session.seatScreen(1).rank()).isEqualTo(1);
        assertThat(session.seatScreen(2).rank()).isEqualTo(2);
        assertThat(session.seatScreen(3).rank()).isEqualTo(2);
    }

    @Test
    void nicknamesAreUniqueWhateverTheirCase() {
        assertThatThrownBy(() -> session.checkCanJoin("p1")).hasMessageContaining("already has that nickname");
        session.checkCanJoin("P4");
    }

    @Test
    void aQuizWithoutPlayableQuestionsCannotStart() {
        assertThatThrownBy(() -> new LiveSession(2, "X", 7, 3, 1, "t", true, List.of(), 3, LIMIT, clock))
                .isInstanceOf(LiveException.class);
    }

    /** A clock that moves only when told. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
