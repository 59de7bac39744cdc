package org.sourcewise.live;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.practice.PracticeService;
import org.sourcewise.practice.Response;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database copy of live sessions. Each answer is committed on its own as it is accepted, together with the
 * signed-in student's attempt answer, so that a restart loses the session's pace but never a saved answer.
 */
@Component
@Transactional
class LiveStore {

    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);

    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final LiveAnswerRepository answers;
    private final PracticeService practice;

    LiveStore(
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            LiveAnswerRepository answers,
            PracticeService practice) {
        this.sessions = sessions;
        this.participants = participants;
        this.answers = answers;
        this.practice = practice;
    }

    long saveSession(LiveSessionRecord session) {
        return sessions.save(session).getId();
    }

    long saveParticipant(long sessionId, String nickname, @Nullable Long accountId, @Nullable Long attemptId) {
        return participants
                .saveAndFlush(new LiveParticipant(sessionId, nickname, accountId, attemptId))
                .getId();
    }

    void saveAnswer(LiveSession.Accepted accepted) {
        LiveSession.Answer answer = accepted.answer();
        int position = accepted.question().position();
        answers.save(new LiveAnswer(
                accepted.seat().participantId,
                position,
                answer.choice(),
                answer.correct(),
                answer.points(),
                answer.at()));
        if (accepted.seat().attemptId != null) {
            practice.answerLive(
                    accepted.seat().attemptId,
                    position,
                    Response.choosing(List.of(accepted.question().storedChoice(answer.choice()))));
        }
    }

    void markRemoved(long participantId) {
        participants.findById(participantId).ifPresent(LiveParticipant::remove);
    }

    void end(long sessionId) {
        sessions.findById(sessionId).ifPresent(s -> s.end(Instant.now()));
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

    /** Sessions still open when the server stopped cannot go on: their pace was in memory. Their answers stay. */
    @EventListener(ApplicationReadyEvent.class)
    void endInterrupted() {
        List<LiveSessionRecord> interrupted = sessions.findByEndedAtIsNull();
        interrupted.forEach(s -> s.end(Instant.now()));
        if (!interrupted.isEmpty()) {
            LOG.info(
                    "Live sessions: {} interrupted by the restart ended; their saved answers are kept",
                    interrupted.size());
        }
    }
}
