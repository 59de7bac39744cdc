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

    /** The row locked until the transaction ends, so that two nodes moving one session on take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from LiveSessionRecord s where s.id = ?1")
    Optional<LiveSessionRecord> findForUpdate(long id);
}
