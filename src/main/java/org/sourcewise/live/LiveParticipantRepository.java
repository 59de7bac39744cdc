package org.sourcewise.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveParticipantRepository extends JpaRepository<LiveParticipant, Long> {

    List<LiveParticipant> findBySessionIdOrderById(long sessionId);
}
