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

/** The session's state machine on a clock the test moves: phases, scoring, and every refused answer. */
@Tier.Fast
class LiveSessionTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final MovableClock clock = new MovableClock();
    private LiveSession session;

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
            session.seat(new LiveSession.Seat(id, "P" + id, null, null, "t" + id));
        }
    }

    @Test
    void walksFromLobbyThroughEachQuestionToThePodium() {
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.LOBBY);
        assertThat(session.hostScreen().question()).isNull();
        assertThat(session.hostScreen().participants())
                .extracting(Standing::nickname)
                .containsExactly("P1", "P2", "P3");

        session.next();
        HostScreen open = session.hostScreen();
        assertThat(open.phase()).isEqualTo(LivePhase.OPEN);
        assertThat(open.question().number()).isEqualTo(1);
        assertThat(open.deadline()).isEqualTo(clock.instant().plus(LIMIT));
        assertThat(open.reveal()).isNull();

        session.next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.CLOSED);
        assertThat(session.hostScreen().reveal().answerShown()).isFalse();
        session.next();
        assertThat(session.hostScreen().reveal().rightChoice()).isEqualTo(1);
        assertThat(session.hostScreen().reveal().evidence()).isEqualTo("Ben said it.");
        session.next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.LEADERBOARD);
        session.next();
        assertThat(session.hostScreen().question().number()).isEqualTo(2);
        assertThat(session.hostScreen().lastQuestion()).isTrue();
        session.next();
        session.next();
        session.next();
        session.next();
        assertThat(session.hostScreen().phase()).isEqualTo(LivePhase.PODIUM);
        assertThat(session.hostScreen().question()).isNull();
        session.end();
        assertThatThrownBy(session::next).hasMessageContaining("ended");
    }

    @Test
    void aRightAnswerEarnsPointsPlusABoundedSpeedBonusAndAWrongOneNothing() {
        session.next();
        clock.advance(Duration.ofSeconds(5));
        session.answer(1, 1, 1);
        session.answer(2, 1, 0);
        clock.advance(Duration.ofSeconds(15));
        session.answer(3, 1, 1);

        assertThat(session.seatScreen(1).points()).isEqualTo(Scoring.RIGHT + 375);
        assertThat(session.seatScreen(2).points()).isZero();
        assertThat(session.seatScreen(3).points()).isEqualTo(Scoring.RIGHT);
        List<Standing> standings = session.hostScreen().standings();
        assertThat(standings).extracting(Standing::nickname).containsExactly("P1", "P3", "P2");
        assertThat(standings).extracting(Standing::rank).containsExactly(1, 2, 3);
    }

    @Test
    void theDistributionCountsEachChoiceOnceTheQuestionCloses() {
        session.next();
        session.answer(1, 1, 1);
        session.answer(2, 1, 1);
        session.answer(3, 1, 2);
        assertThat(session.hostScreen().answered()).isEqualTo(3);
        assertThat(session.hostScreen().reveal()).isNull();
        session.next();
        assertThat(session.hostScreen().reveal().distribution()).containsExactly(0, 2, 1);
    }

    @Test
    void refusesASecondAnswer() {
        session.next();
        session.answer(1, 1, 0);
        assertThatThrownBy(() -> session.answer(1, 1, 1))
                .isInstanceOf(LiveException.class)
                .hasMessage("You have already answered this question.");
        assertThat(session.seatScreen(1).myChoice()).isZero();
    }

    @Test
    void refusesAnAnswerAfterTheDeadlineEvenBeforeTheTimerClosesTheQuestion() {
        session.next();
        clock.advance(LIMIT.plusMillis(1));
        assertThatThrownBy(() -> session.answer(1, 1, 1)).hasMessageContaining("Time is up");
    }

    @Test
    void refusesAnswersToAClosedQuestionOrOneNotOpenYet() {
        assertThatThrownBy(() -> session.answer(1, 1, 1)).hasMessageContaining("not open yet");
        session.next();
        session.next();
        assertThatThrownBy(() -> session.answer(1, 1, 1)).hasMessageContaining("closed");
        session.next();
        session.next();
        session.next();
        assertThatThrownBy(() -> session.answer(1, 1, 1)).hasMessageContaining("closed");
        assertThatThrownBy(() -> session.answer(1, 3, 1)).hasMessageContaining("not open yet");
        assertThatThrownBy(() -> session.answer(1, 2, 5)).hasMessageContaining("Choose one");
    }

    @Test
    void theTimerClosesOnlyTheQuestionItWasSetFor() {
        session.next();
        assertThat(session.closeIfOpen(1)).isFalse();
        assertThat(session.closeIfOpen(0)).isTrue();
        assertThat(session.closeIfOpen(0)).isFalse();
        assertThat(session.phase()).isEqualTo(LivePhase.CLOSED);
    }

    @Test
    void aRemovedParticipantCannotAnswerAndLeavesTheScores() {
        session.next();
        session.remove(2);
        assertThatThrownBy(() -> session.answer(2, 1, 1)).hasMessageContaining("no longer in this session");
        assertThat(session.hostScreen().standings())
                .extracting(Standing::nickname)
                .containsExactly("P1", "P3");
        assertThat(session.seatScreen(2).removed()).isTrue();
    }

    @Test
    void aWithdrawnAnswerCanBeGivenAgain() {
        session.next();
        LiveSession.Accepted accepted = session.answer(1, 1, 1);
        session.withdraw(accepted);
        assertThat(session.seatScreen(1).points()).isZero();
        session.answer(1, 1, 0);
        assertThat(session.seatScreen(1).myChoice()).isZero();
    }

    @Test
    void aPhoneSeesTheKeyOnlyOnceTheTeacherShowsTheAnswer() {
        session.next();
        session.answer(1, 1, 0);
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(-1);
        session.next();
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(-1);
        assertThat(session.seatScreen(1).myChoice()).isZero();
        session.next();
        assertThat(session.seatScreen(1).rightChoice()).isEqualTo(1);
    }

    @Test
    void aHiddenLeaderboardHidesRanksFromPhonesUntilThePodium() {
        session.showLeaderboard(LeaderboardMode.HIDDEN);
        session.next();
        session.answer(1, 1, 1);
        assertThat(session.seatScreen(1).rank()).isZero();
        session.showLeaderboard(LeaderboardMode.ANONYMISED);
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
