package org.sourcewise.live;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LiveSessionRepository extends JpaRepository<LiveSessionRecord, Long> {

    List<LiveSessionRecord> findByEndedAtIsNull();

    Optional<LiveSessionRecord> findFirstByJoinCodeAndEndedAtIsNull(String joinCode);

    boolean existsByJoinCodeAndEndedAtIsNull(String joinCode);

    /**
     * The stored pace alone, which every answer is checked against: loading the whole row would also read, keep and
     * check for changes the session's played questions, hundreds of times a second in a large room.
     */
    @Query("select new org.sourcewise.live.LivePace(s.version, s.phase, s.currentQuestion, s.openedAt, s.deadline,"
            + " s.leaderboard) from LiveSessionRecord s where s.id = ?1 and s.endedAt is null")
    Optional<LivePace> findRunningPace(long id);

    /** The row locked until the transaction ends, so that two nodes moving one session on take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from LiveSessionRecord s where s.id = ?1")
    Optional<LiveSessionRecord> findForUpdate(long id);
}
