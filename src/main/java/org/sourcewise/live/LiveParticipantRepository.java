package org.sourcewise.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LiveParticipantRepository extends JpaRepository<LiveParticipant, Long> {

    List<LiveParticipant> findBySessionIdOrderById(long sessionId);

    Optional<LiveParticipant> findBySeatToken(String seatToken);

    Optional<LiveParticipant> findFirstBySessionIdAndAccountId(long sessionId, long accountId);

    @Query("select count(p) > 0 from LiveParticipant p where p.sessionId = ?1 and lower(p.nickname) = lower(?2)")
    boolean nicknameTaken(long sessionId, String nickname);

    @Query("select count(p) from LiveParticipant p where p.sessionId = ?1 and p.joinAddress = ?2 and p.joinedAt > ?3")
    long joinsSince(long sessionId, String joinAddress, Instant since);

    /** Whether the participant was removed; read alone, as every answer asks it. */
    @Query("select p.removed from LiveParticipant p where p.id = ?1")
    Optional<Boolean> findRemoved(long id);
}
