package org.sourcewise.practice;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.account.AccountService;
import org.sourcewise.article.ArticleReading;
import org.sourcewise.article.ArticleService;
import org.sourcewise.bank.BankQuestions;
import org.sourcewise.bank.KeyedQuestion;
import org.sourcewise.classroom.ClassroomService;
import org.sourcewise.classroom.StudentSummary;
import org.sourcewise.questions.Skill;
import org.sourcewise.quiz.AssignedQuiz;
import org.sourcewise.quiz.QuizService;
import org.sourcewise.quiz.QuizSettings;
import org.sourcewise.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students taking quizzes and practising, and the scores that come of it. Each answer is committed when given
 * (and H2 writes a commit to disk before returning, see application.properties). A student reaches only their own
 * attempts, and an answer key only once their answer is saved. A teacher's results of their classes are the
 * {@code report} feature's, read through {@link ClassAttempts}.
 */
@Service
@Transactional
public class PracticeService {

    /** The most questions one set of free practice asks. */
    public static final int PRACTICE_SET = PracticeSet.SIZE;

    private static final Logger log = LoggerFactory.getLogger(PracticeService.class);
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final AttemptRepository attempts;
    private final AttemptAnswerRepository answers;
    private final BankQuestions bank;
    private final QuizService quizzes;
    private final ArticleService articles;
    private final AccountService accounts;
    private final ClassroomService classrooms;

    PracticeService(
            AttemptRepository attempts,
            AttemptAnswerRepository answers,
            BankQuestions bank,
            QuizService quizzes,
            ArticleService articles,
            AccountService accounts,
            ClassroomService classrooms) {
        this.attempts = attempts;
        this.answers = answers;
        this.bank = bank;
        this.quizzes = quizzes;
        this.articles = articles;
        this.accounts = accounts;
        this.classrooms = classrooms;
    }

    /**
     * Starts an assigned quiz, or resumes the student's unfinished attempt at it (never one a live session made: its
     * answers come only from the session). Refused after the quiz's due date and once the student has made every
     * attempt the quiz allows.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public long startQuiz(long quizId) {
        AssignedQuiz quiz = quizzes.assignedQuiz(quizId);
        long me = accounts.currentAccountId();
        Optional<Attempt> unfinished = unfinished(me, a -> Objects.equals(a.getQuizId(), quizId) && !a.isLive());
        if (unfinished.isPresent()) {
            checkNotDue(quiz.settings());
            return unfinished.get().getId();
        }
        checkNotDue(quiz.settings());
        Integer allowed = quiz.settings().attemptsAllowed();
        if (allowed != null && attempts.countByStudentIdAndQuizId(me, quizId) >= allowed) {
            throw new PracticeException(
                    allowed == 1
                            ? "This quiz allows one attempt, and you have made it."
                            : "This quiz allows " + allowed + " attempts, and you have made them all.");
        }
        List<Long> questionIds = new ArrayList<>(meetable(quiz));
        if (quiz.settings().shuffle()) {
            Collections.shuffle(questionIds);
        }
        return attempts.save(Attempt.ofQuiz(me, quizId, quiz.title(), questionIds))
                .getId();
    }

    /**
     * Starts the student's attempt at a quiz played live with one of their classes, where the teacher sets the pace:
     * always a new attempt, so that the class's reports read the live answers as the student's latest attempt. None
     * (empty) when the student is not in that class, the quiz is not assigned to them, or it is past its due date:
     * they play, and their answers stay in the session's results.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public Optional<Long> startLiveAttempt(long classroomId, long quizId) {
        if (!classrooms.myClassroomsAsStudent().containsKey(classroomId)) {
            return Optional.empty();
        }
        Optional<AssignedQuiz> quiz = quizzes.assignedToMe().stream()
                .filter(q -> q.quizId() == quizId && !q.settings().dueBefore(Instant.now()))
                .findFirst();
        // Live answers are saved at the quiz's own positions; the live session leaves out what awaits review.
        return quiz.map(
                q -> attempts.save(Attempt.ofLive(accounts.currentAccountId(), quizId, q.title(), q.questionIds()))
                        .getId());
    }

    /**
     * Saves the answer a live session took for the student's live attempt; marked as {@link #answer} marks it, but
     * never shown from here: the session shows the key when the teacher does.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public void answerLive(long attemptId, int position, Response response) {
        Attempt attempt = own(attemptId);
        if (!attempt.isLive() || attempt.getFinishedAt() != null) {
            throw new PracticeException("This live session has ended; its answers are locked.");
        }
        save(attempt, position, response);
    }

    /**
     * Closes the live attempts of a session the teacher ends, so that no answer can be added after the projector
     * showed the keys: those named that are live attempts at this quiz by students of this class of the teacher's;
     * any other id is left alone.
     */
    @PreAuthorize(Roles.A_TEACHER)
    public void finishLiveAttempts(long classroomId, long quizId, Collection<Long> attemptIds) {
        List<Long> students = classrooms.studentsOf(classroomId).stream()
                .map(StudentSummary::id)
                .toList();
        Instant now = Instant.now();
        attempts.findAllById(attemptIds).stream()
                .filter(Attempt::isLive)
                .filter(a -> Objects.equals(a.getQuizId(), quizId) && students.contains(a.getStudentId()))
                .forEach(a -> a.finish(now));
    }

    private List<Long> meetable(AssignedQuiz quiz) {
        List<Long> meetable = bank.meetable(quiz.questionIds());
        if (meetable.isEmpty()) {
            throw new PracticeException(
                    "This quiz has no question ready for you yet: your teacher is still checking" + " its questions.");
        }
        return meetable;
    }

    /**
     * Starts a set of free practice on an article's questions ({@link PracticeSet}: a short mix, those met least
     * often first), or resumes the student's unfinished practice on it.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public long startPractice(long articleId) {
        ArticleReading article = articles.findForReading(articleId)
                .orElseThrow(() -> new PracticeException("This article no longer exists."));
        long me = accounts.currentAccountId();
        Map<Long, Integer> timesMet = new HashMap<>();
        attempts.findByStudentIdOrderByStartedAtDesc(me).stream()
                .filter(a -> a.getQuizId() == null && Objects.equals(a.getArticleId(), articleId))
                .forEach(a -> a.getQuestionIds().forEach(id -> timesMet.merge(id, 1, Integer::sum)));
        List<Long> questionIds = PracticeSet.choose(bank.askable(articleId), timesMet);
        if (questionIds.isEmpty()) {
            throw new PracticeException("This article has no questions ready yet: a teacher checks them before you"
                    + " meet them. Try another article.");
        }
        return unfinished(me, a -> Objects.equals(a.getArticleId(), articleId))
                .orElseGet(() -> attempts.save(Attempt.ofPractice(me, articleId, article.title(), questionIds)))
                .getId();
    }

    /**
     * One of the student's attempts, with the key of each question already answered and of no other; in a quiz that
     * gives feedback at the end, with no key at all until the attempt is finished.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public AttemptState attempt(long attemptId) {
        Attempt attempt = own(attemptId);
        QuizSettings settings = settingsOf(attempt);
        Map<Integer, AttemptAnswer> given = answers.findByKeyAttemptIdOrderByKeyPosition(attemptId).stream()
                .collect(Collectors.toMap(AttemptAnswer::getPosition, a -> a));
        List<PlayerQuestion> shown = shownQuestions(attempt, given);
        // The questions left were all passed because they can no longer be shown: nothing is left to answer.
        if (attempt.getFinishedAt() == null && shown.stream().allMatch(PlayerQuestion::done)) {
            attempt.finish(Instant.now());
        }
        boolean finished = attempt.getFinishedAt() != null;
        List<PlayerQuestion> revealed = shown.stream()
                .map(q -> q.marking() != null && settings.feedbackAtEnd() && !finished
                        ? q.with(q.marking().withheld())
                        : q)
                .toList();
        return new AttemptState(
                attempt.getId(),
                attempt.getTitle(),
                revealed,
                finished,
                settings,
                attempt.getQuizId() == null ? attempt.getArticleId() : null);
    }

    private List<PlayerQuestion> shownQuestions(Attempt attempt, Map<Integer, AttemptAnswer> given) {
        List<Long> ids = attempt.getQuestionIds();
        Map<Long, KeyedQuestion> questions = bank.byId(ids);
        return IntStream.range(0, ids.size())
                .mapToObj(position -> shown(attempt, position, questions.get(ids.get(position)), given.get(position)))
                .toList();
    }

    /**
     * One question of an attempt as its student meets it; one that cannot be shown any more (missing, or stored
     * before a rule it breaks) is logged and passed, so that it never locks the attempt.
     */
    private PlayerQuestion shown(
            Attempt attempt, int position, @Nullable KeyedQuestion question, @Nullable AttemptAnswer answer) {
        long articleId =
                question == null ? Objects.requireNonNullElse(attempt.getArticleId(), 0L) : question.articleId();
        try {
            if (question != null && !question.stem().isBlank()) {
                Marking marking = answer == null ? null : Marker.mark(question, answer.getResponse());
                return StudentCopy.of(question, position, seed(attempt.getId(), position), marking);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Attempt {}: question {} cannot be marked or shown and is passed: {}",
                    attempt.getId(),
                    question.id(),
                    e.toString());
            return PlayerQuestion.unavailable(position, articleId);
        }
        log.warn(
                "Attempt {}: question {} at position {} cannot be shown and is passed",
                attempt.getId(),
                attempt.getQuestionIds().get(position),
                position + 1);
        return PlayerQuestion.unavailable(position, articleId);
    }

    /**
     * Saves the student's answer to one question and only then shows its key (in a quiz that gives feedback at the
     * end, only once the attempt is finished). A question answered before, an incomplete answer, answers to a
     * finished attempt and answers after the due date are refused.
     */
    @PreAuthorize(Roles.A_STUDENT)
    public Marking answer(long attemptId, int position, Response response) {
        Attempt attempt = own(attemptId);
        if (attempt.getFinishedAt() != null) {
            throw new PracticeException("This attempt is finished; start a new one to answer again.");
        }
        if (attempt.isLive()) {
            throw new PracticeException("This attempt is played live in class: answer on the live quiz's page.");
        }
        QuizSettings settings = settingsOf(attempt);
        checkNotDue(settings);
        Marking marking = save(attempt, position, response);
        if (attempt.getFinishedAt() != null) {
            return marking;
        }
        return settings.feedbackAtEnd() ? marking.withheld() : marking;
    }

    /** Saves an answer to one question of an unfinished attempt, finishing the attempt with its last answer. */
    private Marking save(Attempt attempt, int position, Response response) {
        long attemptId = attempt.getId();
        List<Long> ids = attempt.getQuestionIds();
        if (position < 0 || position >= ids.size()) {
            throw new PracticeException("This attempt has no such question.");
        }
        List<AttemptAnswer> given = answers.findByKeyAttemptIdOrderByKeyPosition(attemptId);
        if (given.stream().anyMatch(a -> a.getPosition() == position)) {
            throw new PracticeException("You have already answered this question.");
        }
        List<PlayerQuestion> shown =
                shownQuestions(attempt, given.stream().collect(Collectors.toMap(AttemptAnswer::getPosition, a -> a)));
        if (!shown.get(position).available()) {
            throw new PracticeException("This question cannot be shown, so it is left out; go on with the next one.");
        }
        KeyedQuestion question = Objects.requireNonNull(
                bank.byId(List.of(ids.get(position))).get(ids.get(position)), "a question shown is in the bank");
        Marker.check(question, response);
        Marking marking = Marker.mark(question, response);
        answers.save(new AttemptAnswer(attemptId, position, response, marking.correct()));
        if (shown.stream().filter(q -> q.position() != position).allMatch(PlayerQuestion::done)) {
            attempt.finish(Instant.now());
        }
        return marking;
    }

    /** The student's attempts, newest first. */
    @PreAuthorize(Roles.A_STUDENT)
    @Transactional(readOnly = true)
    public List<AttemptSummary> myHistory() {
        List<Attempt> mine = attempts.findByStudentIdOrderByStartedAtDesc(accounts.currentAccountId());
        Map<Long, List<AttemptAnswer>> given = answersOf(mine);
        Map<Long, KeyedQuestion> questions = bank.byId(
                mine.stream().flatMap(a -> a.getQuestionIds().stream()).collect(Collectors.toSet()));
        Map<Long, QuizSettings> settings = new HashMap<>();
        return mine.stream()
                .map(a -> summary(
                        a,
                        given.getOrDefault(a.getId(), List.of()),
                        questions,
                        a.getFinishedAt() == null
                                && a.getQuizId() != null
                                && settings.computeIfAbsent(a.getQuizId(), quizzes::settingsOf)
                                        .feedbackAtEnd()))
                .toList();
    }

    private Map<Long, List<AttemptAnswer>> answersOf(Collection<Attempt> attemptsToRead) {
        return answers
                .findByKeyAttemptIdIn(
                        attemptsToRead.stream().map(Attempt::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(a -> a.getId().attemptId()));
    }

    private Optional<Attempt> unfinished(long studentId, Predicate<Attempt> of) {
        return attempts.findByStudentIdOrderByStartedAtDesc(studentId).stream()
                .filter(a -> a.getFinishedAt() == null)
                .filter(of)
                .findFirst();
    }

    /** The attempt if it is the signed-in student's; any other id is answered as if it did not exist. */
    private Attempt own(long attemptId) {
        long me = accounts.currentAccountId();
        return attempts.findById(attemptId)
                .filter(a -> a.getStudentId() == me)
                .orElseThrow(() -> new PracticeException("There is no such attempt among yours."));
    }

    /** Practice has no settings; a quiz's are read afresh, so a teacher's change applies to attempts under way. */
    private QuizSettings settingsOf(Attempt attempt) {
        return attempt.getQuizId() == null ? QuizSettings.DEFAULT : quizzes.settingsOf(attempt.getQuizId());
    }

    private static void checkNotDue(QuizSettings settings) {
        if (settings.dueBefore(Instant.now())) {
            throw new PracticeException(
                    "This quiz was due on " + DUE.format(settings.dueAt()) + "; it can no longer be answered.");
        }
    }

    /** The same attempt always shows a question's choices in the same order, another attempt in another. */
    private static long seed(long attemptId, int position) {
        return attemptId * 7919 + position;
    }

    private static AttemptSummary summary(
            Attempt attempt, List<AttemptAnswer> given, Map<Long, KeyedQuestion> questions, boolean withheld) {
        Map<Integer, Duration> perAnswer = ThinkingTime.perAnswer(attempt.getStartedAt(), given);
        Duration spent = perAnswer.values().stream().reduce(Duration.ZERO, Duration::plus);
        Map<Skill, int[]> perSkill = new EnumMap<>(Skill.class);
        for (AttemptAnswer answer : given) {
            KeyedQuestion question = questions.get(attempt.getQuestionIds().get(answer.getPosition()));
            if (question == null) {
                continue;
            }
            int[] score = perSkill.computeIfAbsent(question.type().skill(), s -> new int[2]);
            score[0] += answer.isCorrect() ? 1 : 0;
            score[1]++;
        }
        List<SkillScore> skills = perSkill.entrySet().stream()
                .map(e -> new SkillScore(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        int right = (int) given.stream().filter(AttemptAnswer::isCorrect).count();
        return new AttemptSummary(
                attempt.getId(),
                attempt.getTitle(),
                attempt.getQuizId(),
                attempt.getStartedAt(),
                attempt.getFinishedAt(),
                withheld ? 0 : right,
                given.size(),
                attempt.getQuestionIds().size(),
                spent,
                withheld ? List.of() : skills,
                withheld,
                attempt.isLive());
    }
}
