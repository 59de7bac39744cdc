package org.sourcewise.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseSpringTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.account.NewAccount;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.bank.QuestionBankService;
import org.sourcewise.bank.WrittenQuestion;
import org.sourcewise.gift.Gift;
import org.sourcewise.practice.AttemptSummary;
import org.sourcewise.practice.PracticeFixture;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quiz.QuizDraft;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.quiz.QuizSummary;
import org.sourcewise.report.ClassResults;
import org.sourcewise.report.StudentResult;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Live sessions through the real services, method security and H2. */
@Tier.Spring
@Tag("database")
@SourcewiseSpringTest
class LiveServiceTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private LiveService live;

    @Autowired
    private LiveSeats seats;

    @Autowired
    private LiveStore store;

    @Autowired
    private LiveRegistry registry;

    @Autowired
    private LiveChanges changes;

    private PracticeFixture fixture;
    private List<KeyedQuestion> playable;
    private long sessionId;
    private String code;

    @BeforeEach
    void aTeacherStartsALiveSession() {
        fixture = PracticeFixture.create(context);
        fixture.asTeacher();
        playable = context.getBean(QuestionBankService.class).questionsOf(fixture.articleId()).stream()
                .filter(q -> q.reachesStudents() && q.type() != QuestionType.TIME_ORDER)
                .toList();
        sessionId = live.start(fixture.classroomId(), fixture.quizId(), 30);
        code = live.follow(sessionId).screen().joinCode();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static String address() {
        return "10.1.0." + ADDRESS.incrementAndGet();
    }

    private int rightChoice(int number) {
        return playable.get(number - 1).answer().getFirst();
    }

    @Test
    void aQuizPastItsDueDatePlaysButItsAnswersMakeNoAttempt() {
        QuizService quizzes = context.getBean(QuizService.class);
        long overdue = quizzes.create(new QuizDraft(
                "Overdue",
                quizzes.draftOf(fixture.quizId()).questionIds(),
                new QuizSettings(false, false, false, null, Instant.now().minusSeconds(60))));
        quizzes.assign(overdue, fixture.classroomId());
        assertThat(live.plan(fixture.classroomId(), overdue).counting()).isEqualTo(LivePlan.Counting.PAST_DUE);

        long overdueSession = live.start(fixture.classroomId(), overdue, 30);

        assertThat(playOneQuestionAsTheStudent(overdueSession)).isEmpty();
        assertThat(store.results(overdueSession))
                .singleElement()
                .satisfies(r -> assertThat(r.inReport()).isFalse());
    }

    @Test
    void anyOfTheTeachersQuizzesPlaysWithTheirClassWithoutBeingAssignedAndMakesNoAttempt() {
        QuizService quizzes = context.getBean(QuizService.class);
        long unassigned = quizzes.create(
                new QuizDraft("Not homework", quizzes.draftOf(fixture.quizId()).questionIds(), QuizSettings.DEFAULT));
        LivePlan plan = live.plan(fixture.classroomId(), unassigned);
        assertThat(plan.counting()).isEqualTo(LivePlan.Counting.NOT_ASSIGNED);
        assertThat(plan.quiz()).isEqualTo("Not homework");
        assertThat(plan.played()).isEqualTo(playable.size());

        long unassignedSession = live.start(fixture.classroomId(), unassigned, 30);

        assertThat(playOneQuestionAsTheStudent(unassignedSession)).isEmpty();
        fixture.asTeacher();
        assertThat(live.summary(unassignedSession).results()).singleElement().satisfies(r -> {
            assertThat(r.signedIn()).isTrue();
            assertThat(r.inReport()).isFalse();
            assertThat(r.answered()).isEqualTo(1);
        });
        QuizSummary fromFile = quizzes.myQuizzes().stream()
                .filter(QuizSummary::fromFile)
                .findFirst()
                .orElseThrow();
        assertThat(live.plan(fixture.classroomId(), fromFile.id()).counting())
                .isEqualTo(LivePlan.Counting.NOT_ASSIGNED);
        assertThat(live.follow(live.start(fixture.classroomId(), fromFile.id(), 30))
                        .screen()
                        .questionCount())
                .isPositive();
    }

    @Test
    void aTeacherPlaysNoQuizOfAnotherTeachers() {
        QuizService quizzes = context.getBean(QuizService.class);
        long theirs = quizzes.create(
                new QuizDraft("Mine only", quizzes.draftOf(fixture.quizId()).questionIds(), QuizSettings.DEFAULT));
        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();
        assertThatThrownBy(() -> live.start(other.classroomId(), theirs, 30))
                .isInstanceOf(LiveException.class)
                .hasMessage("There is no such quiz among yours.");
    }

    @Test
    void endingTheSessionClosesItsStudentsLiveAttemptsWhichThePlayerNeverResumes() {
        fixture.asStudent();
        PracticeService practice = context.getBean(PracticeService.class);
        String seat = seats.joinAsMe(code, address());
        fixture.asTeacher();
        live.next(sessionId);
        fixture.asStudent();
        seats.answer(seat, 1, rightChoice(1));
        AttemptSummary liveAttempt = practice.myHistory().getFirst();
        assertThat(liveAttempt.live()).isTrue();
        assertThat(liveAttempt.finished()).isFalse();
        // During the session the quiz's key must not come out through the practice player.
        assertThatThrownBy(() -> practice.answer(liveAttempt.id(), 1, Response.choosing(List.of(0))))
                .hasMessageContaining("played live");
        long homework = practice.startQuiz(fixture.quizId());
        assertThat(homework).isNotEqualTo(liveAttempt.id());

        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();
        practice.finishLiveAttempts(other.classroomId(), fixture.quizId(), List.of(liveAttempt.id()));
        fixture.asTeacher();
        practice.finishLiveAttempts(fixture.classroomId(), fixture.quizId() + 1000, List.of(liveAttempt.id()));
        fixture.asStudent();
        assertThat(practice.attempt(liveAttempt.id()).finished())
                .as("another class's teacher, or another quiz, closes nothing")
                .isFalse();

        fixture.asTeacher();
        live.next(sessionId);
        live.end(sessionId);

        fixture.asStudent();
        assertThat(practice.attempt(liveAttempt.id()).finished()).isTrue();
        assertThat(practice.attempt(homework).finished()).isFalse();
        assertThatThrownBy(() -> practice.answer(liveAttempt.id(), 1, Response.choosing(List.of(0))))
                .hasMessageContaining("finished");
        assertThat(practice.startQuiz(fixture.quizId())).isEqualTo(homework);
    }

    @Test
    void closingLiveAttemptsIsATeachersJob() {
        fixture.asStudent();
        assertThatThrownBy(() -> context.getBean(PracticeService.class)
                        .finishLiveAttempts(fixture.classroomId(), fixture.quizId(), List.of(1L)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** The fixture's student joins as themselves and answers the first question; returns their live attempts. */
    private List<AttemptSummary> playOneQuestionAsTheStudent(long session) {
        String joinCode = live.follow(session).screen().joinCode();
        fixture.asStudent();
        String seat = seats.joinAsMe(joinCode, address());
        fixture.asTeacher();
        live.next(session);
        fixture.asStudent();
        seats.answer(seat, 1, 0);
        List<AttemptSummary> attempts = context.getBean(PracticeService.class).myHistory().stream()
                .filter(AttemptSummary::live)
                .toList();
        fixture.asTeacher();
        return attempts;
    }

    @Test
    void playsTheQuizzesChoiceQuestionsAndCountsTheSkippedOrderingOnes() {
        HostScreen screen = live.follow(sessionId).screen();
        assertThat(screen.phase()).isEqualTo(LivePhase.LOBBY);
        assertThat(screen.questionCount()).isEqualTo(playable.size());
        assertThat(screen.questionCount() + screen.skipped())
                .isEqualTo(context.getBean(QuestionBankService.class).questionsOf(fixture.articleId()).stream()
                        .filter(q -> q.reachesStudents())
                        .count());
        assertThat(screen.joinCode()).matches("[A-Z2-9]{6}");
    }

    @Test
    void aGuestJoinsAnswersOnceAndTheAnswerIsSavedBeforeItCounts() {
        SignedIn.nobody();
        String seat = seats.joinWithNickname(code.toLowerCase(), " <i>Zoe</i> ", address());
        assertThat(seats.seat(seat).orElseThrow().nickname()).isEqualTo("<i>Zoe</i>");

        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.nobody();
        SeatScreen after = seats.answer(seat, 1, rightChoice(1));
        assertThat(after.myChoice()).isEqualTo(rightChoice(1));
        assertThat(after.points()).isZero();
        assertThat(after.rightChoice()).isEqualTo(-1);
        assertThatThrownBy(() -> seats.answer(seat, 1, 0)).hasMessage("You have already answered this question.");

        fixture.asTeacher();
        assertThat(live.follow(sessionId).screen().answered()).isEqualTo(1);
        live.next(sessionId);
        SignedIn.nobody();
        assertThatThrownBy(() -> seats.answer(seat, 1, 0)).hasMessageContaining("closed");

        fixture.asTeacher();
        assertThat(store.results(sessionId)).singleElement().satisfies(result -> {
            assertThat(result.nickname()).isEqualTo("<i>Zoe</i>");
            assertThat(result.answered()).isEqualTo(1);
            assertThat(result.right()).isEqualTo(1);
            assertThat(result.points()).isGreaterThanOrEqualTo(Scoring.RIGHT);
        });
    }

    @Test
    void aSignedInStudentsLiveAnswersAppearInTheClassResultsAndTheyFindTheirSeatAgain() {
        fixture.asStudent();
        String seat = seats.joinAsMe(code, address());
        assertThat(seats.joinAsMe(code, address())).isEqualTo(seat);
        assertThat(seats.seat(seat).orElseThrow().nickname()).isEqualTo(fixture.student());

        fixture.asTeacher();
        live.next(sessionId);
        fixture.asStudent();
        seats.answer(seat, 1, rightChoice(1));

        fixture.asTeacher();
        StudentResult result = context.getBean(ClassResults.class).resultsOf(fixture.classroomId()).stream()
                .filter(r -> r.studentName().equals(fixture.student()))
                .findFirst()
                .orElseThrow();
        assertThat(result.answered()).isEqualTo(1);
        assertThat(result.right()).isEqualTo(1);
        assertThat(store.results(sessionId))
                .singleElement()
                .satisfies(r -> assertThat(r.signedIn()).isTrue());
    }

    @Test
    void aTeachersOwnOneRightChoiceQuestionsArePlayedLiveAndMarkedInTheAttemptAsChosen() {
        QuestionBankService bank = context.getBean(QuestionBankService.class);
        QuizService quizzes = context.getBean(QuizService.class);
        List<Long> ids = Stream.of(
                        "Who presented the budget? {=Philpott ~Morneau ~Trudeau}",
                        "Who spoke second? {=Morneau ~Philpott}",
                        "Philpott presented the budget. {T}")
                .map(gift -> bank.write(
                                fixture.articleId(),
                                new WrittenQuestion.Gifted(
                                        Gift.parse(gift).questions().getFirst()),
                                List.of())
                        .id())
                .toList();
        long quizId = quizzes.create(new QuizDraft("Own questions live", ids, QuizSettings.DEFAULT));
        quizzes.assign(quizId, fixture.classroomId());
        long ownSession = live.start(fixture.classroomId(), quizId, 30);
        HostScreen lobby = live.follow(ownSession).screen();
        assertThat(lobby.questionCount()).isEqualTo(2);
        assertThat(lobby.skipped()).isEqualTo(1);

        fixture.asStudent();
        String seat = seats.joinAsMe(lobby.joinCode(), address());
        fixture.asTeacher();
        live.next(ownSession);
        fixture.asStudent();
        List<String> shown = seats.seat(seat).orElseThrow().question().choices();
        assertThat(shown).containsExactlyInAnyOrder("Philpott", "Morneau", "Trudeau");
        seats.answer(seat, 1, shown.indexOf("Philpott"));
        fixture.asTeacher();
        live.next(ownSession);
        live.next(ownSession);
        live.next(ownSession);
        live.next(ownSession);
        fixture.asStudent();
        seats.answer(
                seat, 2, seats.seat(seat).orElseThrow().question().choices().indexOf("Philpott"));

        fixture.asTeacher();
        StudentResult result = context.getBean(ClassResults.class).resultsOf(fixture.classroomId()).stream()
                .filter(r -> r.quizTitle().equals("Own questions live"))
                .findFirst()
                .orElseThrow();
        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.right()).isEqualTo(1);
        assertThat(store.results(ownSession))
                .singleElement()
                .satisfies(r -> assertThat(r.right()).isEqualTo(1));
    }

    @Test
    void aStudentOutsideTheClassPlaysWithoutAnAttempt() {
        SignedIn.as("head", Roles.ADMIN);
        context.getBean(AccountService.class)
                .createAccount(
                        new NewAccount("outsider " + sessionId, "Outsider", PracticeFixture.PASSWORD, Roles.STUDENT));
        SignedIn.as("outsider " + sessionId, Roles.STUDENT);
        String seat = seats.joinAsMe(code, address());
        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.as("outsider " + sessionId, Roles.STUDENT);
        assertThat(seats.answer(seat, 1, rightChoice(1)).myChoice()).isEqualTo(rightChoice(1));
    }

    @Test
    void nicknamesAreUniqueInASession() {
        SignedIn.nobody();
        seats.joinWithNickname(code, "Sam", address());
        assertThatThrownBy(() -> seats.joinWithNickname(code, "SAM", address()))
                .isInstanceOf(LiveException.class)
                .hasMessageContaining("already has that nickname");
        assertThatThrownBy(() -> seats.joinWithNickname("ZZZZZZ", "Kim", address()))
                .hasMessageContaining("no live session with this code");
    }

    @Test
    void theTeacherRemovesAParticipantWhoCannotAnswerOrComeBack() {
        SignedIn.nobody();
        String seat = seats.joinWithNickname(code, "Rude name", address());
        fixture.asTeacher();
        long participant =
                live.follow(sessionId).screen().participants().getFirst().participantId();
        live.remove(sessionId, participant);
        live.next(sessionId);
        assertThat(live.follow(sessionId).screen().participants()).isEmpty();
        SignedIn.nobody();
        assertThat(seats.seat(seat).orElseThrow().removed()).isTrue();
        assertThatThrownBy(() -> seats.answer(seat, 1, 0)).hasMessageContaining("no longer in this session");
        fixture.asTeacher();
        assertThat(store.results(sessionId))
                .singleElement()
                .satisfies(r -> assertThat(r.removed()).isTrue());
    }

    @Test
    void threeHundredStudentsBehindOneSchoolAddressJoinOneSessionWithinAMinute() {
        SignedIn.nobody();
        String school = address();

        for (int i = 1; i <= 300; i++) {
            seats.joinWithNickname(code, "Student " + i, school);
        }

        fixture.asTeacher();
        assertThat(store.results(sessionId)).hasSize(300);
    }

    @Test
    void theTeacherChoosesHowTheScoresShowAndTheChoiceHoldsThroughTheNextSteps() {
        live.showLeaderboard(sessionId, LeaderboardMode.ANONYMISED);
        assertThat(live.follow(sessionId).screen().leaderboard()).isEqualTo(LeaderboardMode.ANONYMISED);
        live.next(sessionId);
        live.showLeaderboard(sessionId, LeaderboardMode.HIDDEN);
        live.next(sessionId);
        HostScreen screen = live.follow(sessionId).screen();
        assertThat(screen.leaderboard()).isEqualTo(LeaderboardMode.HIDDEN);
        assertThat(screen.phase()).isEqualTo(LivePhase.CLOSED);
    }

    @Test
    void joinsPastTheLimitFromOneAddressAreRefusedWhileOtherAddressesStillJoin() {
        String school = address();
        for (int i = 1; i <= 3; i++) {
            store.join(sessionId, "Limited " + i, null, null, "limit-" + sessionId + "-" + i, school, 3);
        }
        assertThatThrownBy(() -> store.join(sessionId, "Limited 4", null, null, "limit-" + sessionId, school, 3))
                .hasMessageContaining("Too many joins");
        store.join(sessionId, "Elsewhere", null, null, "elsewhere-" + sessionId, address(), 3);
    }

    @Test
    void aNodeWithoutACopyOfTheSessionCarriesItOnFromTheDatabase() {
        SignedIn.nobody();
        String ann = seats.joinWithNickname(code, "Ann", address());
        String bo = seats.joinWithNickname(code, "Bo", address());
        fixture.asTeacher();
        live.next(sessionId);
        SignedIn.nobody();
        seats.answer(ann, 1, rightChoice(1));

        registry.forget(registry.byId(sessionId).orElseThrow());

        SeatScreen annAgain = seats.seat(ann).orElseThrow();
        assertThat(annAgain.phase()).isEqualTo(LivePhase.OPEN);
        assertThat(annAgain.myChoice()).isEqualTo(rightChoice(1));
        assertThatThrownBy(() -> seats.answer(ann, 1, 0)).hasMessage("You have already answered this question.");
        seats.answer(bo, 1, 0);
        fixture.asTeacher();
        assertThat(live.follow(sessionId).screen().answered()).isEqualTo(2);
        live.next(sessionId);
        assertThat(live.follow(sessionId).screen().phase()).isEqualTo(LivePhase.CLOSED);
        assertThat(store.results(sessionId)).extracting(LiveResult::answered).containsExactly(1, 1);
        live.next(sessionId);
        SignedIn.nobody();
        assertThat(seats.seat(ann).orElseThrow().points()).isGreaterThanOrEqualTo(Scoring.RIGHT);
    }

    @Test
    void changesAnotherNodeMadeReachThisNodesCopyWhenHeard() {
        LiveSession here = registry.byId(sessionId).orElseThrow();
        LiveSession there = store.load(sessionId).orElseThrow();

        LiveSession.Seat seat = store.join(sessionId, "From B", null, null, "b-" + sessionId, address(), 10);
        changes.accept(LiveEvent.joined(sessionId, seat.participantId));
        assertThat(here.hostScreen().participants())
                .extracting(Standing::nickname)
                .containsExactly("From B");

        there.applyPace(store.advance(sessionId));
        assertThat(here.phase()).isEqualTo(LivePhase.LOBBY);
        changes.accept(LiveEvent.pace(sessionId));
        assertThat(here.phase()).isEqualTo(LivePhase.OPEN);

        there.seat(seat);
        LiveSession.Accepted accepted = there.answer(seat.participantId, 1, rightChoice(1));
        store.saveAnswer(sessionId, accepted);
        changes.accept(LiveEvent.answered(sessionId, seat.participantId, accepted.question(), accepted.answer()));
        changes.accept(LiveEvent.answered(sessionId, seat.participantId, accepted.question(), accepted.answer()));
        assertThat(here.hostScreen().answered()).isEqualTo(1);
        assertThat(here.hostScreen().standings())
                .extracting(Standing::points)
                .containsExactly(accepted.answer().points());

        store.markRemoved(sessionId, seat.participantId);
        changes.accept(LiveEvent.removed(sessionId, seat.participantId));
        assertThat(here.seatScreen(seat.participantId).removed()).isTrue();
    }

    /**
     * Seats one participant, opens the first question as the teacher, lets {@code anotherNode} change the stored
     * session (given the participant's id), and returns the answer this node's copy, which has not heard of the
     * change, still accepts.
     */
    private LiveSession.Accepted acceptedHereAfter(String nickname, LongConsumer anotherNode) {
        SignedIn.nobody();
        seats.joinWithNickname(code, nickname, address());
        fixture.asTeacher();
        live.next(sessionId);
        LiveSession here = registry.byId(sessionId).orElseThrow();
        long participantId = here.hostScreen().participants().getFirst().participantId();
        anotherNode.accept(participantId);
        return here.answer(participantId, 1, rightChoice(1));
    }

    @Test
    void anAnswerTheStoredPaceNoLongerTakesIsRefusedThoughThisNodesCopyStillTookIt() {
        LiveSession.Accepted accepted = acceptedHereAfter("Late Ann", annId -> store.advance(sessionId));
        assertThatThrownBy(() -> store.saveAnswer(sessionId, accepted)).hasMessageContaining("closed");
        assertThat(store.results(sessionId)).extracting(LiveResult::answered).containsExactly(0);
    }

    @Test
    void anAnswerFromASeatAnotherNodeRemovedIsRefusedByTheStore() {
        LiveSession.Accepted accepted = acceptedHereAfter("Gone Gus", gusId -> store.markRemoved(sessionId, gusId));
        assertThatThrownBy(() -> store.saveAnswer(sessionId, accepted))
                .hasMessageContaining("no longer in this session");
        assertThat(store.results(sessionId)).extracting(LiveResult::answered).containsExactly(0);
    }

    @Test
    void anAnswerToASessionAnotherNodeEndedIsRefusedByTheStore() {
        LiveSession.Accepted accepted = acceptedHereAfter("Ed", edId -> store.end(sessionId));
        assertThatThrownBy(() -> store.saveAnswer(sessionId, accepted)).hasMessage("This live session has ended.");
    }

    @Test
    void onlyTheTeacherWhoStartedASessionControlsIt() {
        PracticeFixture other = PracticeFixture.create(context);
        other.asTeacher();
        assertThatThrownBy(() -> live.follow(sessionId).screen())
                .hasMessageContaining("no such live session among yours");
        assertThatThrownBy(() -> live.next(sessionId)).hasMessageContaining("no such live session among yours");
        assertThatThrownBy(() -> live.summary(sessionId)).hasMessageContaining("no such live session among yours");
        assertThatThrownBy(() -> live.start(fixture.classroomId(), fixture.quizId(), 20))
                .hasMessageContaining("no such class");
        other.asStudent();
        assertThatThrownBy(() -> live.next(sessionId)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void endedSessionsKeepTheirResults() {
        SignedIn.nobody();
        seats.joinWithNickname(code, "Ida", address());
        fixture.asTeacher();
        assertThat(live.summary(sessionId).running()).isTrue();
        live.end(sessionId);
        assertThat(live.isRunning(sessionId)).isFalse();
        SessionSummary summary = live.summary(sessionId);
        assertThat(summary.running()).isFalse();
        assertThat(summary.endedAt()).isNotNull();
        assertThat(summary.results()).extracting(LiveResult::nickname).containsExactly("Ida");
        assertThat(summary.questions()).isEqualTo(playable.size());
        SignedIn.nobody();
        assertThatThrownBy(() -> seats.joinWithNickname(code, "Late", address()))
                .hasMessageContaining("no live session");
    }

    @Test
    void secondsPerQuestionAreBounded() {
        assertThatThrownBy(() -> live.start(fixture.classroomId(), fixture.quizId(), 2))
                .hasMessageContaining("seconds per question");
    }
}
